using Intake.Core.DataControllers;
using Intake.Core.Process;

namespace Intake.Core.Submissions;

/// <summary>The configured controllers and, for each, the sources the process asks.</summary>
public interface IControllerCatalog
{
    IReadOnlyList<Controller> Controllers { get; }

    Controller? Find(ControllerId id);

    /// <summary>The controller's data sources as the process sees them.</summary>
    IReadOnlyList<PlannedSource> SourcesFor(ControllerId id);
}
