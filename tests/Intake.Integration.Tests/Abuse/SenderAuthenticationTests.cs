using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Abuse;

/// <summary>Anyone can write any From: what the mail server found out about it goes to staff, and a sender failing both checks is not trusted alone.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SenderAuthenticationTests(AzuriteFixture azurite)
{
    private const string Sender = "maija@example.com";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Inbound:SendGridSecret"] = Attack.Secret,
        ["Inbound:DefaultController"] = "clewer",
        ["Intake:StaffLanguage"] = "en",
        // Nothing but the sender check may send the request to staff.
        ["Process:ApprovalRequiredFor"] = "none",
    };

    [Fact]
    public async Task Mail_failing_spf_and_dkim_is_flagged_to_staff()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        var message = Attack.Mime($"Maija <{Sender}>", "forged-1@example.com", "Erasure request", "Please delete all my personal data.");

        var id = await OpenAsync(host, Attack.SendGridRawPost(message, "fail", "{@example.com : fail}"));

        var detail = await VerifiedDetailAsync(host, id);
        Assert.Contains("SPF: fail, DKIM: fail — failed both: the sender may be forged", detail, StringComparison.Ordinal);
        Assert.Contains("The sender's domain failed both SPF and DKIM", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_mail_whose_authentication_results_fail_both_is_flagged_to_staff()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        var message = Attack.Mime(
            $"Maija <{Sender}>",
            "forged-2@example.com",
            "Erasure request",
            "Please delete all my personal data.",
            "Authentication-Results: mx.intake.example; spf=softfail smtp.mailfrom=example.com; dkim=none\r\n");

        var id = await OpenAsync(host, Attack.MimePost(message));

        var detail = await VerifiedDetailAsync(host, id);
        Assert.Contains("SPF: softfail, DKIM: none — failed both", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_that_passes_is_shown_as_passing_and_goes_on_without_staff()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        var message = Attack.Mime($"Maija <{Sender}>", "genuine-1@example.com", "Erasure request", "Please delete all my personal data.");

        var id = await OpenAsync(host, Attack.SendGridRawPost(message, "pass", "{@example.com : pass}"));

        var flow = new LinkFlow(host);
        await flow.ActAsync(await flow.LinkAsync(id, Sender, LinkNames.Verify));
        var state = await flow.WaitForStageAsync(id, Stage.InProgress);
        Assert.DoesNotContain(ReviewReason.UnauthenticatedSender, state.ReviewReasons);
        Assert.Equal(new SenderAuthentication(AuthenticationResult.Pass, AuthenticationResult.Pass), state.Request!.SenderAuthentication);
    }

    private static async Task<RequestId> OpenAsync(IntakeHost host, HttpRequestMessage post)
    {
        using (post)
        {
            var response = await host.Client.SendAsync(post);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            return RequestId.Parse(Regex.Match(body, "R-[0-9A-Z-]+").Value);
        }
    }

    /// <summary>The person verifies (the link still goes to the From address); the request then waits for staff, whose detail page is returned as text.</summary>
    private static async Task<string> VerifiedDetailAsync(IntakeHost host, RequestId id)
    {
        var flow = new LinkFlow(host);
        var verified = await flow.ActAsync(await flow.LinkAsync(id, Sender, LinkNames.Verify));
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        var overview = host.Services.GetRequiredService<LinkIssuer>().Issue("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-overview");
        var list = await flow.GetAsync(overview);
        var path = Regex.Match(list.Html, $"href=\"(?<path>[^\"]*/requests/{id.Value})\"").Groups["path"].Value;
        var detail = await flow.GetAsync(new Uri(host.BaseAddress, path));
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        return detail.Text;
    }
}
