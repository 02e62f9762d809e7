using Intake.Core.Requests;
using Intake.Web.Pages;

namespace Intake.Web.Forms;

/// <summary>A page that only says something: an error, a limit, a refusal. The status code goes with it.</summary>
public sealed partial class MessagePage
{
    public static PageResult Result(Language language, int status, string title, string body, string? backHref = null, string? backLabel = null) =>
        new(PageView.Of<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Title)] = title,
            [nameof(Body)] = body,
            [nameof(BackHref)] = backHref,
            [nameof(BackLabel)] = backLabel,
        }), status);
}
