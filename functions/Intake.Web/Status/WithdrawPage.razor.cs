using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Status;

public sealed partial class WithdrawPage
{
    public static PageView Render(Language language, RequestState state, string token, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(state);
        return PageView.Of<WithdrawPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(State)] = state,
            [nameof(Token)] = token,
            [nameof(Tokens)] = tokens,
        });
    }
}
