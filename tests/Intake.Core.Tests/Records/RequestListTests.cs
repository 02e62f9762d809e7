using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using static Intake.Core.Tests.Records.ListedSummaries;

namespace Intake.Core.Tests.Records;

public sealed class RequestListTests
{
    private static RequestListPage Apply(IEnumerable<RequestSummary> summaries, RequestListQuery query) =>
        RequestList.Apply(summaries, query, Now, Today);

    [Fact]
    public void Overdue_requests_come_first_then_the_nearest_due_date()
    {
        var fresh = Open(1, new DateOnly(2026, 3, 2));          // due 2 April
        var overdue = Open(2, new DateOnly(2026, 1, 20));       // due 20 February: overdue
        var soon = Open(3, new DateOnly(2026, 2, 12));          // due 12 March
        var contact = Open(4, new DateOnly(2026, 1, 2), type: RequestType.Contact) with { DueDate = null, DueAt = null };

        var page = Apply([fresh, contact, soon, overdue], RequestListQuery.Default);

        Assert.Equal([overdue.Id, soon.Id, fresh.Id, contact.Id], page.Rows.Select(row => row.Id));
        Assert.True(page.Rows[0].IsOverdueAt(Now));
    }

    [Fact]
    public void Answered_and_closed_requests_are_listed_after_every_open_one_when_all_are_asked_for()
    {
        var completed = Open(1, new DateOnly(2025, 6, 1), Stage.Completed);
        var open = Open(2, new DateOnly(2026, 3, 1));

        var page = Apply([completed, open], new RequestListQuery { Status = StatusGroup.All });

        Assert.Equal([open.Id, completed.Id], page.Rows.Select(row => row.Id));
    }

    [Fact]
    public void Open_is_the_default_and_leaves_out_delivered_closed_and_purged_requests()
    {
        var summaries = new[]
        {
            Open(1, new DateOnly(2026, 3, 1)),
            Open(2, new DateOnly(2026, 3, 1), Stage.Delivered),
            Open(3, new DateOnly(2026, 3, 1), Stage.Refused),
            Open(4, new DateOnly(2023, 1, 5), Stage.Completed).Purged(),
            Open(5, new DateOnly(2026, 3, 1), Stage.Error),
        };

        Assert.Equal(new[] { summaries[0].Id.Value, summaries[4].Id.Value }.Order(), Apply(summaries, RequestListQuery.Default).Rows.Select(row => row.Id.Value).Order());
        Assert.Equal(new[] { summaries[1].Id.Value, summaries[2].Id.Value, summaries[3].Id.Value }.Order(), Apply(summaries, new RequestListQuery { Status = StatusGroup.Closed }).Rows.Select(row => row.Id.Value).Order());
        Assert.Equal([summaries[3].Id], Apply(summaries, new RequestListQuery { Status = StatusGroup.Stage, Stage = Stage.Purged }).Rows.Select(row => row.Id));
    }

    [Fact]
    public void Received_order_puts_the_newest_first()
    {
        var older = Open(1, new DateOnly(2026, 2, 27));
        var newer = Open(2, new DateOnly(2026, 3, 9));

        var page = Apply([older, newer], new RequestListQuery { Sort = RequestListSort.Received });

        Assert.Equal([newer.Id, older.Id], page.Rows.Select(row => row.Id));
    }

    [Fact]
    public void Type_and_channel_filters_keep_only_their_requests()
    {
        var erasureByMail = Open(1, new DateOnly(2026, 3, 1), type: RequestType.Erasure, channel: Channel.Email);
        var erasureByForm = Open(2, new DateOnly(2026, 3, 1), type: RequestType.Erasure);
        var accessByMail = Open(3, new DateOnly(2026, 3, 1), channel: Channel.Email);

        var page = Apply([erasureByMail, erasureByForm, accessByMail], new RequestListQuery { Type = RequestType.Erasure, Channel = Channel.Email });

        Assert.Equal([erasureByMail.Id], page.Rows.Select(row => row.Id));
    }

    [Fact]
    public void Due_within_seven_days_counts_calendar_days_from_today_and_includes_the_overdue()
    {
        var dueOn17March = Open(1, new DateOnly(2026, 2, 17));
        var dueOn18March = Open(2, new DateOnly(2026, 2, 18));
        var overdue = Open(3, new DateOnly(2026, 1, 5));
        var answered = Open(4, new DateOnly(2026, 2, 20), Stage.Delivered);

        var page = Apply([dueOn17March, dueOn18March, overdue, answered], new RequestListQuery { DueWithinDays = 7, Status = StatusGroup.All });

        Assert.Equal([overdue.Id, dueOn17March.Id], page.Rows.Select(row => row.Id));
    }

    [Fact]
    public void Overdue_only_keeps_requests_awaiting_an_answer_past_their_due_date()
    {
        var overdue = Open(1, new DateOnly(2026, 1, 5));
        var dueToday = Open(2, new DateOnly(2026, 2, 10));
        var lateButDelivered = Open(3, new DateOnly(2026, 1, 5), Stage.Delivered);

        var page = Apply([overdue, dueToday, lateButDelivered], new RequestListQuery { OverdueOnly = true, Status = StatusGroup.All });

        Assert.Equal([overdue.Id], page.Rows.Select(row => row.Id));
    }

    [Fact]
    public void A_search_finds_a_reference_by_its_beginning_with_or_without_the_r_in_any_case()
    {
        var wanted = Open(1, new DateOnly(2026, 3, 1));
        var other = Open(2, new DateOnly(2026, 3, 1));
        var body = wanted.Id.Value[2..6].ToLowerInvariant();

        foreach (var typed in new[] { wanted.Id.Value, wanted.Id.Value.ToLowerInvariant().Replace('-', ' '), "r-" + body, body })
        {
            var query = RequestListQuery.Parse(new Dictionary<string, string?> { ["q"] = typed }).Query;
            Assert.Equal([wanted.Id], Apply([wanted, other], query).Rows.Select(row => row.Id));
        }
    }

    [Fact]
    public void Pages_hold_fifty_rows_and_a_page_past_the_end_shows_the_last()
    {
        var summaries = Enumerable.Range(1, 120).Select(n => Open(n, new DateOnly(2026, 1, 1).AddDays(n % 60))).ToList();

        var first = Apply(summaries, RequestListQuery.Default);
        var last = Apply(summaries, new RequestListQuery { Page = 3 });
        var beyond = Apply(summaries, new RequestListQuery { Page = 40 });

        Assert.Equal((50, 1, 3, 120), (first.Rows.Count, first.Page, first.PageCount, first.Total));
        Assert.Equal((20, 3), (last.Rows.Count, last.Page));
        Assert.Equal(last.Rows, beyond.Rows);
    }

    [Fact]
    public void No_match_is_one_empty_page()
    {
        var page = Apply([Open(1, new DateOnly(2026, 3, 1))], new RequestListQuery { Type = RequestType.Erasure });

        Assert.Equal((0, 1, 1, 0), (page.Rows.Count, page.Page, page.PageCount, page.Total));
    }
}
