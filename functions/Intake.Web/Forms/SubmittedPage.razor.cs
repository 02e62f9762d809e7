using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;

namespace Intake.Web.Forms;

public sealed partial class SubmittedPage
{
    public static PageResult Result(Language language, Controller controller, RequestId reference, DateOnly? dueDate, bool isContact, bool byAgent)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return new PageResult(PageView.Of<SubmittedPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Controller)] = controller,
            [nameof(Reference)] = reference,
            [nameof(DueDate)] = dueDate,
            [nameof(IsContact)] = isContact,
            [nameof(ByAgent)] = byAgent,
        }));
    }
}
