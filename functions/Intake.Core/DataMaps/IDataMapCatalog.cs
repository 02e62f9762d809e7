using Intake.Core.DataControllers;

namespace Intake.Core.DataMaps;

/// <summary>The data maps the host serves, one per controller, validated when the host started.</summary>
public interface IDataMapCatalog
{
    IReadOnlyCollection<DataMap> Maps { get; }

    bool TryGet(ControllerId controller, out DataMap? map);
}
