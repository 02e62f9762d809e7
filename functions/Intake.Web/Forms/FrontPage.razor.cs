using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;

namespace Intake.Web.Forms;

public sealed partial class FrontPage
{
    public static PageView Render(Language language, IReadOnlyList<Controller> controllers)
    {
        ArgumentNullException.ThrowIfNull(controllers);
        return PageView.Of<FrontPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Controllers)] = controllers,
        });
    }
}
