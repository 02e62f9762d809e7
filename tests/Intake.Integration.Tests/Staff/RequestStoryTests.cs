using System.Net;
using Intake.Adapters.Effects;
using Intake.Local.SampleData;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Core.Sources;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Intake.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

/// <summary>The detail page as the request's whole story, reached from a staff mail, and the view log behind it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RequestStoryTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string?> Settings() => new(LinkFlow.PatientVerification()) { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_detail_page_of_a_finished_access_request_tells_its_whole_story()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var detail = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Detail);

        var page = await flow.GetAsync(detail);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith($"/requests/{id.Value}", detail.AbsolutePath, StringComparison.Ordinal);
        var text = page.Text;
        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Contains($"Audit chain intact: all {trail.Count} entries verified.", text, StringComparison.Ordinal);
        Assert.Contains("Identity verified by the email link.", text, StringComparison.Ordinal);
        Assert.Contains("Answer sent to the person: the deadline is met.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("identity-verified", text, StringComparison.Ordinal);
        // The clock, cited exactly, with the dates it came to.
        Assert.Contains("The same Article 12(3) allows two further months", text, StringComparison.Ordinal);
        Assert.Contains("Due date (one month)", text, StringComparison.Ordinal);
        Assert.Contains("Extension must be told by", text, StringComparison.Ordinal);
        Assert.Contains("FI: Finland", text, StringComparison.Ordinal);
        // Decisions, sources, what is open now.
        Assert.Contains("Approved as: Access", text, StringComparison.Ordinal);
        Assert.Contains("Data was found and is handed over", text, StringComparison.Ordinal);
        Assert.Contains("Nothing to do: the answer was sent", text, StringComparison.Ordinal);
        // The mails, with each acting link's use and no link value anywhere.
        Assert.Contains("Receipt with the verification link", text, StringComparison.Ordinal);
        Assert.Contains("confirm the address: used", text, StringComparison.Ordinal);
        Assert.Contains("Answer ready, download link", text, StringComparison.Ordinal);
        var state = await flow.StateAsync(id);
        // The page's own link is in its language switch; no other link's value is anywhere on it.
        var own = detail.AbsolutePath.Split('/')[2];
        foreach (var mail in (await host.Outbox.ListAsync(100)).Mails.Where(m => m.Reference == id.Value))
        {
            foreach (var token in mail.Links.Select(link => link.Url.AbsolutePath.Split('/').First(p => p.Length > 20)).Where(token => token != own))
            {
                Assert.DoesNotContain(token, page.Html, StringComparison.Ordinal);
            }
        }

        var derived = await DerivedKindsAsync(host, state);
        Assert.Equal(derived, await OutboxKindsWhenSentAsync(host, id, derived));
        Assert.Contains("Viewed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_page_of_an_erasure_shows_what_was_kept_and_the_rule_that_kept_it()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync(type: RequestType.Erasure);
        Assert.Equal(HttpStatusCode.OK, (await flow.ActAsync(await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify))).Status);
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        await flow.ApproveAsync(id);
        await flow.WaitForTaskAsync(id, "web-analytics", SourceTaskStatus.AwaitingStaff);
        var receipt = new SourceReceipt("web-analytics", SourceAction.Erase, SourceOutcome.NotFound, 0, 0, [], "Not in Google Analytics.", null, DateTimeOffset.UtcNow);
        Assert.Equal(GatewayOutcome.Accepted, (await host.Gateway.SendAsync(id, new ConfirmSourceTask(DateTimeOffset.UtcNow, Actor.Staff("test"), receipt))).Outcome);
        var state = await flow.WaitForStageAsync(id, Stage.Completed, TimeSpan.FromSeconds(60));

        var page = await flow.GetAsync(await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Detail));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = page.Text;
        var kept = state.Tasks["webshop-orders"].Receipt!.Kept.Single();
        Assert.Contains($"{kept.Category}: {kept.Rows} rows — {kept.Ground} (kept until 31 December 2032)", text, StringComparison.Ordinal);
        Assert.Contains("Accounting Act (1336/1997) ch. 2 § 10", text, StringComparison.Ordinal);
        Assert.Contains("Done in part; some data is kept", text, StringComparison.Ordinal);
        Assert.Contains("Request carried out, with receipts", text, StringComparison.Ordinal);
        Assert.Contains("Website analytics (Google Analytics)", text, StringComparison.Ordinal);
        Assert.Contains("result recorded by staff", text, StringComparison.Ordinal);
        Assert.Contains("Nothing to do: the request is closed", text, StringComparison.Ordinal);
        var derived = await DerivedKindsAsync(host, state);
        Assert.Equal(derived, await OutboxKindsWhenSentAsync(host, id, derived));
    }

    [Fact]
    public async Task Every_view_of_the_detail_page_the_mandate_and_the_status_page_is_logged()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var detail = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Detail);
        var status = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Status);

        Assert.Equal(HttpStatusCode.OK, (await flow.GetAsync(detail)).Status);
        Assert.Equal(HttpStatusCode.OK, (await flow.GetAsync(status)).Status);
        var second = await flow.GetAsync(detail);

        var views = await host.Services.GetRequiredService<IViewLog>().ListAsync(id);
        Assert.Equal([ViewedPage.StaffDetail, ViewedPage.Status, ViewedPage.StaffDetail], views.Select(view => view.Page));
        Assert.Equal([ViewerKind.Staff, ViewerKind.Person, ViewerKind.Staff], views.Select(view => view.Viewer));
        var detailToken = detail.AbsolutePath.Split('/')[2];
        var statusToken = status.AbsolutePath.Split('/').Last();
        var signer = host.Services.GetRequiredService<LinkTokenSigner>();
        Assert.Equal(signer.Check(detailToken, DateTimeOffset.UtcNow).TokenId, views[0].LinkId);
        Assert.Equal(signer.Check(statusToken, DateTimeOffset.UtcNow).TokenId, views[1].LinkId);
        // The log names the link, never holds it.
        Assert.All(views, view => Assert.True(TokenIds.IsId(view.LinkId)));
        Assert.All(views, view => Assert.NotEqual(detailToken, view.LinkId));
        Assert.All(views, view => Assert.Null(view.SignedInAs));
        Assert.Contains("the person's status page", second.Text, StringComparison.Ordinal);
        Assert.Contains("status page: view only, first opened", second.Text, StringComparison.Ordinal);
        Assert.Contains("this page: view only, first opened", second.Text, StringComparison.Ordinal);

        // The views go with the record when retention ends.
        await host.Services.GetRequiredService<IRecordPurger>().PurgeAsync(id);
        Assert.Empty(await host.Services.GetRequiredService<IViewLog>().ListAsync(id));
    }

    [Fact]
    public async Task A_detail_page_whose_view_cannot_be_logged_is_not_shown()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var detail = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Detail);
        var status = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Status);
        await host.Storage.Table(host.Storage.Options.ViewLogTable).DeleteAsync();

        var staffPage = await flow.GetAsync(detail);
        var personPage = await flow.GetAsync(status);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, staffPage.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, personPage.Status);
        Assert.DoesNotContain(SamplePerson.Email, staffPage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(SamplePerson.Name, personPage.Html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The outbox's mails of the request once they match <paramref name="expected"/>, or after 30 s:
    /// the last mail (the completion) is sent by an activity a moment after the stage is published.
    /// </summary>
    private static async Task<List<string>> OutboxKindsWhenSentAsync(IntakeHost host, RequestId id, List<string> expected)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(30);
        var kinds = await OutboxKindsAsync(host, id);
        while (!kinds.SequenceEqual(expected) && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(200);
            kinds = await OutboxKindsAsync(host, id);
        }

        return kinds;
    }

    private static async Task<List<string>> OutboxKindsAsync(IntakeHost host, RequestId id) =>
        [.. (await host.Outbox.ListAsync(100)).Mails
            .Where(mail => mail.Reference == id.Value && mail.Kind is not null && mail.Kind != nameof(MailKind.RecipientNotice))
            .Select(mail => mail.Kind!)
            .Order(StringComparer.Ordinal)];

    private static async Task<List<string>> DerivedKindsAsync(IntakeHost host, RequestState state)
    {
        var records = host.Services.GetRequiredService<IRequestRecords>();
        var trail = await records.AuditTrailAsync(state.Id);
        var events = trail.Select(record => (record.Sequence, IntakeJson.Deserialize<RequestEvent>(record.Payload))).ToList();
        var mails = RequestMails.Of(state, events, await records.SpentLinksAsync(state.Id), []);
        return [.. mails.Select(mail => mail.Kind.ToString()).Order(StringComparer.Ordinal)];
    }
}
