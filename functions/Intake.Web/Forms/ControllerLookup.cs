using Intake.Core.DataControllers;
using Intake.Core.Submissions;

namespace Intake.Web.Forms;

/// <summary>Finds a controller by the id in a URL or a body; ids are compared without case, as people type them.</summary>
public static class ControllerLookup
{
    public static Controller? Find(IControllerCatalog catalog, string? id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var trimmed = id?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? null
            : catalog.Controllers.FirstOrDefault(controller => string.Equals(controller.Id.Value, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
