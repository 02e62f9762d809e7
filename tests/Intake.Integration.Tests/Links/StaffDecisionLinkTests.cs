using System.Net;
using Intake.Adapters.Effects;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class StaffDecisionLinkTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> English = new() { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_approve_page_shows_the_request_and_approving_starts_the_sources()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve);
        var before = await flow.StateAsync(id);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(id.Value, page.Text, StringComparison.Ordinal);
        Assert.Contains(SamplePerson.Email, page.Text, StringComparison.Ordinal);
        Assert.Contains("Access to personal data (Art 15)", page.Text, StringComparison.Ordinal);
        Assert.Contains("Please send me my data.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Policy: requests are approved before processing.", page.Text, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);

        var done = await flow.PostAsync(page);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Approved", done.Text, StringComparison.Ordinal);
        // The record is published by an activity after the decision: it may trail the answer by a moment.
        var after = await host.WaitUntilAsync(id, state => state.Stage != Stage.AwaitingStaffReview, "leaving the review");
        Assert.NotEqual(Stage.AwaitingStaffReview, after.Stage);
        var trail = await host.Services.GetRequiredService<Intake.Core.Records.IRequestRecords>().AuditTrailAsync(id);
        var approval = trail.Single(record => record.EventName == "review-approved");
        // Staff are named by the link they used, never by a name or an address.
        Assert.Matches("^staff:[0-9a-f]{12}$", approval.Actor);
    }

    [Fact]
    public async Task Two_staff_deciding_at_once_get_one_decision_and_one_409_page()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var approve = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve);
        var reject = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Reject);
        using var first = flow.NewClient();
        using var second = flow.NewClient();
        var approvePage = await flow.GetAsync(approve, first);
        var rejectPage = await flow.GetAsync(reject, second);

        var results = await Task.WhenAll(
            flow.PostAsync(approvePage, client: first),
            flow.PostAsync(rejectPage, [new("ground", nameof(RefusalGround.ManifestlyUnfounded))], client: second));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.Status).Order());
        var loser = results.Single(r => r.Status == HttpStatusCode.Conflict);
        Assert.Contains("Another decision was already made", loser.Text, StringComparison.Ordinal);
        var state = await flow.StateAsync(id);
        var trail = await host.Services.GetRequiredService<Intake.Core.Records.IRequestRecords>().AuditTrailAsync(id);
        Assert.Equal(1, trail.Count(r => r.EventName is "review-approved" or "request-refused"));
        var approveWon = results[0].Status == HttpStatusCode.OK;
        Assert.Equal(approveWon, state.Stage != Stage.Refused);
    }

    [Fact]
    public async Task Refusing_needs_a_ground_and_the_page_names_the_authority_and_the_judicial_remedy()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Reject);
        var before = await flow.StateAsync(id);
        var page = await flow.GetAsync(link);

        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);
        Assert.Contains("Tietosuojavaltuutetun toimisto", page.Text, StringComparison.Ordinal);
        Assert.Contains("judicial remedy", page.Text, StringComparison.Ordinal);
        Assert.Contains("The request is manifestly excessive", page.Text, StringComparison.Ordinal);

        var missing = await flow.PostAsync(page, [new("detail", "<b>repeat</b>")]);

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("<a href=\"#ground\">Choose a ground for the refusal.</a>", missing.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;repeat&lt;/b&gt;", missing.Html, StringComparison.Ordinal);
        Assert.Equal(Stage.AwaitingStaffReview, (await flow.StateAsync(id)).Stage);

        var refused = await flow.PostAsync(missing, [new("ground", nameof(RefusalGround.ManifestlyExcessive)), new("detail", "Third identical request this month.")]);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        // The record is published by an activity after the decision: it may trail the answer by a moment.
        var state = await flow.WaitForStageAsync(id, Stage.Refused);
        Assert.Equal(RefusalGround.ManifestlyExcessive, state.RefusalGround);
        Assert.Equal("Third identical request this month.", state.RefusalDetail);
    }

    [Fact]
    public async Task The_extend_page_shows_the_new_date_and_the_cutoff_and_a_second_extension_is_refused()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Extend);
        var before = await flow.StateAsync(id);
        var deadline = before.Deadline!;
        var page = await flow.GetAsync(link);
        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(deadline.ExtendedDueDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Text, StringComparison.Ordinal);
        Assert.Contains("The extension must be told by " + deadline.ExtensionNoticeBy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Text, StringComparison.Ordinal);

        var noReason = await flow.PostAsync(page, [new("reason", "   ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Contains("aria-invalid=\"true\"", noReason.Html, StringComparison.Ordinal);

        var extended = await flow.PostAsync(noReason, [new("reason", "The request covers seven systems.")]);

        Assert.Equal(HttpStatusCode.OK, extended.Status);
        var state = await flow.StateAsync(id);
        Assert.True(state.Extended);
        Assert.Equal(deadline.ExtendedDueDate, state.CurrentDueDate);

        var second = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Extend, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(1), "second"));
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("The deadline was already extended", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_first_month_the_extend_page_says_why_it_cannot_extend()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>(LinkFlow.PatientVerification()) { ["Intake:StaffLanguage"] = "en" });
        var flow = new LinkFlow(host);
        var id = await flow.ReceivedAtAsync(DateTimeOffset.UtcNow.AddDays(-45));
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        var link = flow.Sign(id.Value, LinkNames.Extend, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(1));
        var before = await flow.StateAsync(id);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("within one month of receipt", page.Text, StringComparison.Ordinal);
        Assert.Contains(before.Deadline!.ExtensionNoticeBy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page.Html, StringComparison.Ordinal);
        Assert.False((await flow.StateAsync(id)).Extended);
    }

    [Fact]
    public async Task Staff_ask_a_question_and_the_person_answers_it_through_their_link()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var ask = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.AskForInformation);
        var before = await flow.StateAsync(id);
        var askPage = await flow.GetAsync(ask);
        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);

        var asked = await flow.PostAsync(askPage, [new("question", "Which customer number? <script>alert(1)</script>")]);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal(Stage.AwaitingInformation, (await flow.StateAsync(id)).Stage);
        var answerLink = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Answer);
        var answerPage = await flow.GetAsync(answerLink);
        Assert.Equal(HttpStatusCode.OK, answerPage.Status);
        Assert.Contains("Which customer number? &lt;script&gt;alert(1)&lt;/script&gt;", answerPage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", answerPage.Html, StringComparison.Ordinal);

        var empty = await flow.PostAsync(answerPage, [new("answer", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("<a href=\"#answer\">Write your answer.</a>", empty.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"answer-hint answer-error\"", empty.Html, StringComparison.Ordinal);
        Assert.Equal(Stage.AwaitingInformation, (await flow.StateAsync(id)).Stage);

        var answered = await flow.PostAsync(empty, [new("answer", "C-1001")]);

        Assert.Equal(HttpStatusCode.OK, answered.Status);
        var state = await flow.StateAsync(id);
        Assert.Equal(Stage.AwaitingStaffReview, state.Stage);
        Assert.Equal("C-1001", state.LastAnswer);
    }

    [Fact]
    public async Task A_manual_task_is_confirmed_with_a_proof_file_that_lands_in_the_evidence_store()
    {
        await using var host = await IntakeHost.StartAsync(azurite, English);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        await flow.ApproveAsync(id);
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.ConfirmTask);
        var before = await flow.SettledAsync(id);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Google Analytics", page.Text, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);

        var inconsistent = await flow.PostMultipartAsync(page, [new("outcome", "Exported"), new("rows-found", "1"), new("rows-affected", "3"), new("note", "x")]);
        Assert.Equal(HttpStatusCode.BadRequest, inconsistent.Status);
        Assert.Contains("No more records can be acted on than were found.", inconsistent.Text, StringComparison.Ordinal);

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var done = await flow.PostMultipartAsync(
            inconsistent,
            [new("outcome", "NotFound"), new("rows-found", "0"), new("rows-affected", "0"), new("note", "Searched by customer number; no user.")],
            ("file", "../ga screenshot.png", png, "image/png"));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var task = await flow.WaitForTaskAsync(id, "web-analytics", SourceTaskStatus.Finished);
        Assert.Equal("Searched by customer number; no user.", task.Receipt!.Note);
        Assert.Equal($"{id.Value}/attachments/web-analytics/ga_screenshot.png", task.Receipt.EvidenceBlob);
        var evidence = host.Storage.Container(host.Storage.Options.EvidenceContainer);
        var stored = await evidence.GetBlobClient(task.Receipt.EvidenceBlob).DownloadContentAsync();
        Assert.Equal(png, stored.Value.Content.ToArray());
    }

    [Fact]
    public async Task A_failed_source_is_listed_on_the_retry_page_and_retried_by_its_button()
    {
        var settings = new Dictionary<string, string?>(English)
        {
            ["Process:SourceAttempts"] = "1",
            ["Intake:Sources:RetryDelay"] = "00:00:00.010",
            ["ConnectionStrings:clewer-service"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "service.db") + ";Mode=ReadOnly",
        };
        await using var host = await IntakeHost.StartAsync(azurite, settings);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        await flow.ApproveAsync(id);
        var failed = await flow.WaitForTaskAsync(id, "remote-monitoring", SourceTaskStatus.Flagged);
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Retry);
        var before = await flow.SettledAsync(id);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("name=\"source\" value=\"remote-monitoring\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await flow.StateAsync(id)).Version);

        var done = await flow.PostAsync(page, [new("source", "remote-monitoring")]);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var records = host.Services.GetRequiredService<Intake.Core.Records.IRequestRecords>();
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!(await records.AuditTrailAsync(id)).Any(record => record.EventName == "source-task-retried" && record.Actor.StartsWith("staff:", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < until, "no retry by staff in the audit trail; the page said: " + done.Html[..Math.Min(done.Html.Length, 2000)]);
            await Task.Delay(100);
        }

        var again = await flow.WaitForTaskAsync(id, "remote-monitoring", SourceTaskStatus.Flagged);
        Assert.True(again.Attempts > failed.Attempts);
    }

    [Fact]
    public async Task A_request_stopped_by_a_failing_step_is_retried_from_the_retry_page()
    {
        await using var sendGrid = await SendGridSink.StartAsync("SG.test-key");
        sendGrid.FailNext(1, HttpStatusCode.ServiceUnavailable);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>(English)
        {
            ["SendGrid:ApiKey"] = "SG.test-key",
            ["SendGrid:Host"] = sendGrid.Host,
            ["SendGrid:FromEmail"] = "intake@clewer.example",
            ["Process:EffectAttempts"] = "1",
        });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var parked = await flow.WaitForStageAsync(id, Stage.Error);
        var link = flow.Sign(id.Value, LinkNames.Retry, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(1));

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Stopped steps", page.Text, StringComparison.Ordinal);
        Assert.Contains(parked.Parked.Single().Error, page.Text, StringComparison.Ordinal);
        Assert.Equal(parked.Version, (await flow.StateAsync(id)).Version);

        var retried = await flow.PostAsync(page, [new("parked", "all")]);

        Assert.Equal(HttpStatusCode.OK, retried.Status);
        var state = await flow.WaitForStageAsync(id, Stage.AwaitingVerification);
        Assert.Empty(state.Parked);
        // The verification mail that failed went out on the retry.
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!sendGrid.Received.Any(mail => mail.GetRawText().Contains(id.Value, StringComparison.Ordinal)) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.Contains(sendGrid.Received, mail => mail.GetRawText().Contains(id.Value, StringComparison.Ordinal) && mail.GetRawText().Contains(SamplePerson.Email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_release_an_export_that_policy_holds_back()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>(English) { ["Process:RequireExportRelease"] = "true" });
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        await flow.ApproveAsync(id);
        await flow.ConfirmAnalyticsAsync(id);
        var held = await flow.WaitForStageAsync(id, Stage.AwaitingRelease);
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Release);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(held.Export!.Sha256, page.Text, StringComparison.Ordinal);
        Assert.Contains("Art 15(4)", page.Text, StringComparison.Ordinal);
        Assert.Equal(Stage.AwaitingRelease, (await flow.StateAsync(id)).Stage);

        var released = await flow.PostAsync(page);

        Assert.Equal(HttpStatusCode.OK, released.Status);
        Assert.Equal(Stage.Delivered, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task Staff_pages_follow_the_configured_staff_language()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Intake:StaffLanguage"] = "sv" });
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var link = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve);

        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"sv\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Godkänn begäran", page.Text, StringComparison.Ordinal);
        Assert.Equal(Language.Sv, host.Services.GetRequiredService<LinkOptions>().StaffLanguage);
    }
}
