using System.Globalization;
using System.Net;
using Intake.Core.DataControllers;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Forms;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Status;

[Collection(AzuriteCollection.Name)]
public sealed class StatusPageTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(Language.Fi, "Pyyntösi tilanne", "Odotamme, että vahvistat sähköpostiosoitteesi", "Nähdä tietoni")]
    [InlineData(Language.Sv, "Läget för din begäran", "Vi väntar på att du bekräftar din e-postadress", "Se mina uppgifter")]
    [InlineData(Language.En, "Your request", "We are waiting for you to confirm your email address", "See my data")]
    [InlineData(Language.Et, "Teie taotlus", "Ootame, et kinnitaksite oma e-posti aadressi", "Soovin tutvuda oma andmetega")]
    public async Task The_status_page_speaks_the_requests_language_and_shows_the_step_and_dates(Language language, string title, string step, string type)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, language);

        var response = await host.Client.GetAsync(status);
        var html = PersonWeb.Decoded(await PersonWeb.ReadAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language.Code()}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(step, html, StringComparison.Ordinal);
        Assert.Contains(type, html, StringComparison.Ordinal);
        Assert.Contains(id.Value, html, StringComparison.Ordinal);
        var state = await host.Gateway.FindAsync(id);
        var due = state!.CurrentDueDate!.Value;
        var dueFormat = language switch { Language.En => "d MMMM yyyy", Language.Et => "d.MM.yyyy", _ => "d.M.yyyy" };
        Assert.Contains(due.ToString(dueFormat, CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("/resend\"", html, StringComparison.Ordinal);
        Assert.Contains("/withdraw\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("sv", "Läget för din begäran")]
    [InlineData("et", "Teie taotlus")]
    public async Task Another_language_can_be_chosen_in_the_path(string lang, string title)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (_, status) = await OpenAsync(host, Language.Fi);

        var html = PersonWeb.Decoded(await PersonWeb.ReadAsync(await host.Client.GetAsync($"/{lang}" + status)));

        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"et\">Eesti keeles</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_status_page_or_the_withdraw_question_changes_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.En);
        var before = await host.Gateway.FindAsync(id);

        await host.Client.GetAsync(status);
        var ask = await host.Client.GetAsync($"/en{status}/withdraw");

        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Yes, withdraw the request", await PersonWeb.ReadAsync(ask), StringComparison.Ordinal);
        var after = await host.Gateway.FindAsync(id);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(Stage.AwaitingVerification, after.Stage);
    }

    [Fact]
    public async Task Withdrawing_after_the_question_closes_the_request_and_confirms_by_mail()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.Fi);
        var token = await PersonWeb.TokenAsync(host.Client, $"/fi{status}/withdraw");

        var response = await host.Client.PostAsync($"/fi{status}/withdraw", PersonWeb.Encoded(token, []));
        var html = PersonWeb.Decoded(await PersonWeb.ReadAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pyyntö on peruttu.", html, StringComparison.Ordinal);
        Assert.Contains("Peruit pyynnön.", html, StringComparison.Ordinal);
        Assert.Equal(Stage.Withdrawn, (await host.Gateway.FindAsync(id))!.Stage);
        await host.WaitForMailAsync(PersonWeb.Person, m => m.Reference == id.Value && m.Kind == nameof(MailKind.WithdrawalConfirmed));

        var again = await host.Client.PostAsync($"/fi{status}/withdraw", PersonWeb.Encoded(token, []));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Pyyntö on jo suljettu.", PersonWeb.Decoded(await PersonWeb.ReadAsync(again)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_verification_link_can_be_asked_for_while_awaiting_verification()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.En);
        var token = await PersonWeb.TokenAsync(host.Client, status);

        var response = await host.Client.PostAsync($"/en{status}/resend", PersonWeb.Encoded(token, []));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We sent a new confirmation link.", await PersonWeb.ReadAsync(response), StringComparison.Ordinal);
        Assert.Equal(2, (await host.Gateway.FindAsync(id))!.VerificationLinksSent);
        await host.WaitForMailAsync(PersonWeb.Person, m => m.Reference == id.Value && m.Kind == nameof(MailKind.VerificationResent));
    }

    [Fact]
    public async Task A_question_from_staff_is_answered_on_the_status_page()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.En);
        await Accept(host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person)));
        await Accept(host.Gateway.SendAsync(id, new AskForInformation(DateTimeOffset.UtcNow, Actor.Staff("test"), "Which <b>customer</b> number?")));

        var page = await PersonWeb.ReadAsync(await host.Client.GetAsync(status));
        Assert.Contains("Which &lt;b&gt;customer&lt;/b&gt; number?", page, StringComparison.Ordinal);
        var token = await PersonWeb.TokenAsync(host.Client, status);

        var empty = await host.Client.PostAsync($"/en{status}/answer", PersonWeb.Encoded(token, [new("answer", "  ")]));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await PersonWeb.ReadAsync(empty), StringComparison.Ordinal);

        var response = await host.Client.PostAsync($"/en{status}/answer", PersonWeb.Encoded(token, [new("answer", "C-1001")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We passed your answer to our staff.", await PersonWeb.ReadAsync(response), StringComparison.Ordinal);
        var state = await host.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        Assert.Equal("C-1001", state.LastAnswer);
    }

    [Fact]
    public async Task An_extension_shows_the_new_date_the_original_and_the_reason()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.En);
        await Accept(host.Gateway.SendAsync(id, new ExtendDeadline(DateTimeOffset.UtcNow, Actor.Staff("test"), "Twelve systems must be searched by hand.")));
        var state = await host.Gateway.FindAsync(id);

        var html = await PersonWeb.ReadAsync(await host.Client.GetAsync(status));

        Assert.Contains("The time limit was extended", html, StringComparison.Ordinal);
        Assert.Contains(state!.Deadline!.ExtendedDueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains(state.Deadline.DueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("Twelve systems must be searched by hand.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_antiforgery_changes_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.En);

        var response = await host.Client.PostAsync($"/en{status}/withdraw", PersonWeb.Encoded(null, []));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Stage.AwaitingVerification, (await host.Gateway.FindAsync(id))!.Stage);
    }

    [Fact]
    public async Task Tampered_foreign_and_expired_links_get_403_403_and_410()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var (id, status) = await OpenAsync(host, Language.Fi);
        var signer = host.Services.GetRequiredService<LinkTokenSigner>();
        var token = status["/status/".Length..];
        var tampered = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");
        var staffLink = signer.Sign(new LinkToken(id.Value, LinkNames.Approve, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(1), "n", true));
        var expired = signer.Sign(new LinkToken(id.Value, LinkNames.Status, TokenAudience.Person, DateTimeOffset.UtcNow.AddMinutes(-1), "n", false));

        var forged = await host.Client.GetAsync($"/status/{tampered}");
        var foreign = await host.Client.GetAsync($"/status/{staffLink}");
        var old = await host.Client.GetAsync($"/fi/status/{expired}");
        var oldPost = await host.Client.PostAsync($"/fi/status/{expired}/withdraw", PersonWeb.Encoded(null, []));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, oldPost.StatusCode);
        Assert.Contains("Linkki on vanhentunut", PersonWeb.Decoded(await PersonWeb.ReadAsync(old)), StringComparison.Ordinal);
        Assert.Equal(Stage.AwaitingVerification, (await host.Gateway.FindAsync(id))!.Stage);
    }

    private static async Task<(RequestId Id, string StatusPath)> OpenAsync(IntakeHost host, Language language)
    {
        var opened = await host.Services.GetRequiredService<IntakeService>().OpenAsync(new NewRequest(
            new ControllerId("clerica"), RequestType.Access, true, Channel.WebForm, language,
            new DataSubject("Maija Meikäläinen", PersonWeb.Person), null, RequestDetails.None));
        var id = opened.Id!.Value;
        var mail = await host.WaitForMailAsync(PersonWeb.Person, m => m.Reference == id.Value && m.Links.Any(link => link.Name == LinkNames.Status));
        return (id, mail.Links.Single(link => link.Name == LinkNames.Status).Url.AbsolutePath);
    }

    private static async Task Accept(Task<GatewayResult> sending) =>
        Assert.Equal(GatewayOutcome.Accepted, (await sending).Outcome);
}
