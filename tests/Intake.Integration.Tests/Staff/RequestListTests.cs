using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

/// <summary>The staff requests list over the request index, through the real host and Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class RequestListTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>(LinkFlow.PatientVerification()) { ["Intake:StaffLanguage"] = "en" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task A_request_published_through_the_host_appears_in_the_index_with_its_summary()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var flow = new LinkFlow(host);

        var id = await flow.OpenAsync(type: RequestType.Erasure, language: Language.Sv);
        var state = await flow.WaitForStageAsync(id, Stage.AwaitingVerification);
        var summary = await WaitForSummaryAsync(host, "clewer", id, s => s.Version == state.Version);

        Assert.Equal(RequestType.Erasure, summary.Type);
        Assert.Equal(Channel.WebForm, summary.Channel);
        Assert.Equal(Language.Sv, summary.Language);
        Assert.Equal(Stage.AwaitingVerification, summary.Stage);
        Assert.Equal(state.ReceivedAt, summary.ReceivedAt);
        Assert.Equal(state.CurrentDueDate, summary.DueDate);
        Assert.NotNull(summary.DueDate);
        Assert.False(summary.Repeat);
        Assert.Null(summary.EndedAs);
    }

    [Fact]
    public async Task A_purged_request_stays_listed_as_purged_with_how_it_ended_and_without_a_link()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings(("Process:RetentionDays", "0.00003")));
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        await host.Gateway.SendAsync(id, new WithdrawRequest(DateTimeOffset.UtcNow, Actor.Person));

        var summary = await WaitForSummaryAsync(host, "clewer", id, s => s.Stage == Stage.Purged, TimeSpan.FromSeconds(40));
        Assert.Equal(Stage.Withdrawn, summary.EndedAs);
        // The purge is published (and summarised) before its effect deletes the record.
        Assert.True(await RecordGoneAsync(host, id, TimeSpan.FromSeconds(20)), "the purge deletes the record");

        var page = await new LinkFlow(host).GetAsync(ListUri(host, "?status=purged"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = Row(page.Html, id);
        Assert.Contains("purged; was withdrawn", row, StringComparison.Ordinal);
        Assert.DoesNotContain("href", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_type_status_and_channel_and_its_page_links_keep_the_filters()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var index = host.Services.GetRequiredService<IRequestIndex>();
        var erasures = new List<RequestId>();
        var stages = new Dictionary<string, Stage>(StringComparer.Ordinal);
        for (var i = 0; i < 130; i++)
        {
            var type = i % 2 == 0 ? RequestType.Erasure : RequestType.Access;
            var stage = i % 3 == 0 ? Stage.Completed : Stage.InProgress;
            var summary = Summary(i, type, stage, new DateOnly(2026, 1, 5).AddDays(i % 50), i % 5 == 0 ? Channel.Email : Channel.WebForm);
            await index.WriteAsync(summary);
            stages[summary.Id.Value] = stage;
            if (type == RequestType.Erasure && summary.Channel == Channel.WebForm)
            {
                erasures.Add(summary.Id);
            }
        }

        var flow = new LinkFlow(host);
        var first = await flow.GetAsync(ListUri(host, "?type=erasure&status=all&channel=web-form"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains($"Requests 1–50 of {erasures.Count}", first.Text, StringComparison.Ordinal);
        var next = NextLink().Match(first.Html);
        Assert.True(next.Success, "a next-page link");
        var nextHref = WebUtility.HtmlDecode(next.Groups["href"].Value);
        Assert.Contains("type=erasure", nextHref, StringComparison.Ordinal);
        Assert.Contains("status=all", nextHref, StringComparison.Ordinal);
        Assert.Contains("channel=web-form", nextHref, StringComparison.Ordinal);
        Assert.Contains("page=2", nextHref, StringComparison.Ordinal);

        var shown = new HashSet<string>(StringComparer.Ordinal);
        var pageUri = ListUri(host, "?type=erasure&status=all&channel=web-form");
        for (var page = 1; page <= (erasures.Count + 49) / 50; page++)
        {
            var html = (await flow.GetAsync(new Uri(pageUri.AbsoluteUri + "&page=" + page))).Html;
            foreach (Match reference in Reference().Matches(html))
            {
                Assert.True(shown.Add(reference.Groups["id"].Value), "no request on two pages");
            }
        }

        Assert.Equal(erasures.Select(id => id.Value).Order(), shown.Order());

        var open = await flow.GetAsync(ListUri(host, "?type=erasure"));
        var openShown = Reference().Matches(open.Html).Select(match => match.Groups["id"].Value).ToList();
        Assert.NotEmpty(openShown);
        Assert.All(openShown, id => Assert.Equal(Stage.InProgress, stages[id]));
    }

    [Fact]
    public async Task Overdue_requests_come_first_and_say_overdue_in_words()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var index = host.Services.GetRequiredService<IRequestIndex>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fresh = Summary(1, RequestType.Access, Stage.InProgress, today.AddDays(-3));
        var overdue = Summary(2, RequestType.Access, Stage.AwaitingStaffReview, today.AddDays(-45)) with { Repeat = true };
        await index.WriteAsync(fresh);
        await index.WriteAsync(overdue);

        var page = await new LinkFlow(host).GetAsync(ListUri(host, string.Empty));

        Assert.True(page.Html.IndexOf(overdue.Id.Value, StringComparison.Ordinal) < page.Html.IndexOf(fresh.Id.Value, StringComparison.Ordinal));
        var overdueRow = Row(page.Html, overdue.Id);
        Assert.Contains("<strong class=\"overdue\">Overdue</strong>", overdueRow, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"repeat\">Repeat request</strong>", overdueRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", Row(page.Html, fresh.Id), StringComparison.Ordinal);
        Assert.Contains("Changes made in the last 30 seconds may not show yet", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_finds_a_request_by_the_beginning_of_its_reference_typed_loosely()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());
        var index = host.Services.GetRequiredService<IRequestIndex>();
        var wanted = Summary(7, RequestType.Access, Stage.InProgress, new DateOnly(2026, 2, 2));
        await index.WriteAsync(wanted);
        await index.WriteAsync(Summary(8, RequestType.Access, Stage.InProgress, new DateOnly(2026, 2, 3)));
        var typed = wanted.Id.Value[..6].ToLowerInvariant().Replace('-', ' ');

        var page = await new LinkFlow(host).GetAsync(ListUri(host, "?status=all&q=" + Uri.EscapeDataString(typed)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([wanted.Id.Value], Reference().Matches(page.Html).Select(match => match.Groups["id"].Value));
        Assert.Contains($"value=\"{typed}\"", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?type=shopping", "There is no request type \"shopping\".")]
    [InlineData("?page=0", "\"0\" is not a page number.")]
    [InlineData("?due=lots", "\"lots\" is not a number of days from 0 to 366.")]
    [InlineData("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "\"<script>alert(1)</script>\" cannot be part of a reference")]
    public async Task A_bad_query_value_gets_a_friendly_400_page_that_names_it(string query, string message)
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings());

        var page = await new LinkFlow(host).GetAsync(ListUri(host, query));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("This list cannot be shown", page.Text, StringComparison.Ordinal);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
        Assert.Contains("Clear the filters", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
    }

    private static RequestSummary Summary(int number, RequestType type, Stage stage, DateOnly received, Channel channel = Channel.WebForm)
    {
        var due = received.AddMonths(1);
        return new RequestSummary
        {
            Id = RequestId.FromRandomBytes(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(number))),
            Controller = "clewer",
            Type = type,
            Channel = channel,
            Language = Language.Fi,
            Stage = stage,
            ReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(2)),
            DueDate = due,
            DueAt = new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(2)),
            OriginalDueDate = due,
            Version = 4,
        };
    }

    private static async Task<bool> RecordGoneAsync(IntakeHost host, RequestId id, TimeSpan timeout)
    {
        var records = host.Services.GetRequiredService<IRequestRecords>();
        var until = DateTime.UtcNow + timeout;
        while (await records.LoadAsync(id) is not null)
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(200);
        }

        return true;
    }

    private static async Task<RequestSummary> WaitForSummaryAsync(IntakeHost host, string controller, RequestId id, Func<RequestSummary, bool> match, TimeSpan? timeout = null)
    {
        var index = host.Services.GetRequiredService<IRequestIndex>();
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        RequestSummary? found = null;
        while (DateTime.UtcNow < until)
        {
            await foreach (var summary in index.ListAsync(controller))
            {
                if (summary.Id == id)
                {
                    found = summary;
                }
            }

            if (found is not null && match(found))
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The index held {found?.Stage.ToString() ?? "nothing"} for the request.");
    }

    private static string Row(string html, RequestId id)
    {
        var at = html.IndexOf(id.Value, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{id} is listed");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static Uri ListUri(IntakeHost host, string query) =>
        new(host.Services.GetRequiredService<LinkIssuer>().Issue("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-list").AbsoluteUri + query);

    [GeneratedRegex("<a rel=\"next\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("class=\"reference\"[^>]*>(?<id>R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})<")]
    private static partial Regex Reference();
}
