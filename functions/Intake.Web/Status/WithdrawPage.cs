using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Forms;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Status;

/// <summary>Asks before withdrawing: opening a link never acts, only the button on this page does.</summary>
public static class WithdrawPage
{
    public static PageView Render(Language language, RequestState state, string token, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(state);
        var texts = StatusTexts.For(language);
        var basePath = $"/{language.Code()}/status/{token}";
        var main = Html.Of($"""
            <h1>{texts.ConfirmWithdrawTitle}</h1>
            <p>{texts.ReferenceLabel}: <span class="reference">{state.Id.Value}</span></p>
            <p>{texts.ConfirmWithdrawText}</p>
            <form method="post" action="{basePath}/withdraw">
            {FormMarkup.Antiforgery(tokens)}
            <button type="submit" class="danger">{texts.ConfirmWithdrawButton}</button>
            </form>
            <p><a href="{basePath}">{texts.KeepRequest}</a></p>
            """);
        return PageLayout.Render(language, texts.ConfirmWithdrawTitle, main, $"/status/{token}/withdraw");
    }
}
