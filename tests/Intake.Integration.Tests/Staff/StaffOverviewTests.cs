using System.Net;
using Azure.Data.Tables;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

[Collection(AzuriteCollection.Name)]
public sealed class StaffOverviewTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string?> Settings() => new(LinkFlow.PatientVerification()) { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_overview_lists_open_requests_by_due_date_with_the_overdue_one_first_and_marked_in_words()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var fresh = await flow.OpenAsync();
        var overdue = await flow.ReceivedAtAsync(DateTimeOffset.UtcNow.AddDays(-50));
        var otherController = await flow.OpenAsync("clerica");
        await flow.WaitForStageAsync(overdue, Stage.AwaitingStaffReview);

        var page = await flow.GetAsync(Overview(host, "clewer"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var overdueAt = page.Html.IndexOf(overdue.Value, StringComparison.Ordinal);
        var freshAt = page.Html.IndexOf(fresh.Value, StringComparison.Ordinal);
        Assert.True(overdueAt >= 0 && freshAt > overdueAt, "the overdue request comes first");
        var overdueRow = page.Html[page.Html.LastIndexOf("<tr", overdueAt, StringComparison.Ordinal)..page.Html.IndexOf("</tr>", overdueAt, StringComparison.Ordinal)];
        var freshRow = page.Html[page.Html.LastIndexOf("<tr", freshAt, StringComparison.Ordinal)..page.Html.IndexOf("</tr>", freshAt, StringComparison.Ordinal)];
        Assert.Contains("<strong class=\"overdue\">Overdue</strong>", overdueRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", freshRow, StringComparison.Ordinal);
        Assert.DoesNotContain(otherController.Value, page.Html, StringComparison.Ordinal);
        // The overview only shows: acting is done through the single-use links in the mails. Its
        // one form is the filters', sent by GET.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page.Html, "<form"));
        Assert.Contains("<form class=\"list-filters\" method=\"get\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"post\"", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_detail_page_shows_the_audit_trail_and_says_the_chain_is_intact()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var overview = await flow.GetAsync(Overview(host, "clewer"));
        var detailPath = System.Text.RegularExpressions.Regex.Match(overview.Html, $"href=\"(?<path>[^\"]*/requests/{id.Value})\"").Groups["path"].Value;

        var detail = await flow.GetAsync(new Uri(host.BaseAddress, detailPath));

        Assert.Equal(HttpStatusCode.OK, detail.Status);
        var trail = await host.Services.GetRequiredService<Intake.Core.Records.IRequestRecords>().AuditTrailAsync(id);
        Assert.Contains($"Audit chain intact: all {trail.Count} entries verified.", detail.Text, StringComparison.Ordinal);
        // The trail reads in sentences, not in the events' wire names.
        Assert.Contains("Request received through the web form", detail.Text, StringComparison.Ordinal);
        Assert.Contains("Verification link sent to the person's address (link 1)", detail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("request-received", detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_audit_entry_shows_as_broken_at_its_number()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var table = host.Storage.Table(host.Storage.Options.RequestsTable);
        var entry = (await table.GetEntityAsync<TableEntity>(id.Value, "e-000002")).Value;
        entry["Actor"] = "staff:someone-else";
        await table.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Merge);

        var detail = await flow.GetAsync(new Uri(Overview(host, "clewer").AbsoluteUri + "/requests/" + id.Value));

        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("Audit chain broken at entry 2", detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_controllers_request_cannot_be_opened_through_this_overview()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var clerica = await flow.OpenAsync("clerica");

        var detail = await flow.GetAsync(new Uri(Overview(host, "clewer").AbsoluteUri + "/requests/" + clerica.Value));

        Assert.Equal(HttpStatusCode.NotFound, detail.Status);
        Assert.DoesNotContain(clerica.Value, detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_expired_or_wrong_kind_of_overview_link_is_refused()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);
        var valid = Overview(host, "clewer").AbsoluteUri;
        var tampered = new Uri(valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1]);
        var expired = flow.Sign("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddMinutes(-1));
        var personal = flow.Sign("clewer", LinkNames.Overview, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1));
        var unknown = flow.Sign("nobody", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1));

        Assert.Equal(HttpStatusCode.Forbidden, (await flow.GetAsync(tampered)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await flow.GetAsync(expired)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await flow.GetAsync(personal)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await flow.GetAsync(unknown)).Status);
    }

    [Theory]
    [InlineData("fi", "Pyynnöt")]
    [InlineData("sv", "Begäranden")]
    [InlineData("en", "Requests")]
    [InlineData("et", "Taotlused")]
    public async Task The_overview_is_offered_in_each_language(string language, string heading)
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var link = Overview(host, "clewer");

        var page = await new LinkFlow(host).GetAsync(new Uri(host.BaseAddress, language + link.AbsolutePath));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains(heading, page.Text, StringComparison.Ordinal);
    }

    private static Uri Overview(IntakeHost host, string controller) =>
        host.Services.GetRequiredService<LinkIssuer>().Issue(controller, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-overview");
}
