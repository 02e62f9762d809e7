using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intake.Integration.Tests.Cli;

public sealed partial class DueCommandTests
{
    [Theory]
    [InlineData("2027-03-05T10:00+02:00", "2027-04-05")]
    [InlineData("2026-08-31T12:00+03:00", "2026-09-30")]
    [InlineData("2026-11-25T09:00+02:00", "2026-12-28")]
    public async Task Due_prints_the_due_date_of_the_worked_examples(string received, string due)
    {
        var json = (await CommandLineRun.InvokeAsync("due", "--received", received)).Json();

        Assert.Equal(due, json.GetProperty("dueDate").GetString());
        Assert.Equal(due, json.GetProperty("extensionNoticeBy").GetString());
    }

    [Fact]
    public async Task Receipt_in_utc_late_on_the_thirtieth_counts_from_the_thirty_first_in_helsinki()
    {
        // 31 January 2027 in Helsinki; 28 February 2027 is a Sunday, so the period ends on Monday 1 March.
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2027-01-30T23:30Z")).Json();

        Assert.Equal("2027-01-31", json.GetProperty("receivedLocalDate").GetString());
        Assert.Equal("2027-02-28", json.GetProperty("explanation").GetProperty("due").GetProperty("nominalEnd").GetString());
        Assert.Equal("2027-03-01", json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Output_has_every_field_with_plain_dates()
    {
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2026-11-25T09:00+02:00")).Json();

        foreach (var name in new[] { "receivedLocalDate", "clockStartLocalDate", "dueDate", "extendedDueDate", "extensionNoticeBy" })
        {
            Assert.Matches(PlainDate(), json.GetProperty(name).GetString());
        }

        Assert.Equal("2027-02-25", json.GetProperty("extendedDueDate").GetString());
        Assert.Equal("FI", json.GetProperty("calendar").GetString());
        Assert.Equal("runs", json.GetProperty("clockPolicy").GetString());
        Assert.Equal("Europe/Helsinki", json.GetProperty("timeZone").GetString());
        Assert.Equal("2026-12-29T00:00:00+02:00", json.GetProperty("dueAt").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());

        var explanation = json.GetProperty("explanation");
        Assert.Equal(JsonValueKind.String, explanation.GetProperty("text").ValueKind);
        var skipped = explanation.GetProperty("due").GetProperty("skippedDays").EnumerateArray().ToList();
        Assert.Equal(["2026-12-25", "2026-12-26", "2026-12-27"], skipped.Select(day => day.GetProperty("date").GetString()));
        Assert.Equal("St Stephen's Day", skipped[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Output_is_indented_json()
    {
        var run = await CommandLineRun.InvokeAsync("due", "--received", "2026-11-25T09:00+02:00");

        Assert.StartsWith("{" + Environment.NewLine + "  \"receivedAt\"", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Estonian_calendar_defaults_to_tallinn_time()
    {
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2026-05-23T12:00+03:00", "--calendar", "EE")).Json();

        Assert.Equal("Europe/Tallinn", json.GetProperty("timeZone").GetString());
        Assert.Equal("2026-06-25", json.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("FI", "2027-12-24")]
    [InlineData("FI-ACT150", "2027-12-27")]
    [InlineData("fi-act150", "2027-12-27")]
    public async Task Calendar_option_chooses_the_list_of_non_working_days(string calendar, string due)
    {
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2027-11-24T12:00+02:00", "--calendar", calendar)).Json();

        Assert.Equal(due, json.GetProperty("dueDate").GetString());
        Assert.Equal(calendar.ToUpperInvariant(), json.GetProperty("calendar").GetString());
    }

    [Fact]
    public async Task A_given_time_zone_decides_the_local_date_of_receipt()
    {
        // 23:30 UTC is still 30 January in London.
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2027-01-30T23:30Z", "--time-zone", "Europe/London")).Json();

        Assert.Equal("2027-01-30", json.GetProperty("receivedLocalDate").GetString());
        Assert.Equal("2027-03-01", json.GetProperty("dueDate").GetString());
        Assert.Equal("Europe/London", json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Paused_clock_without_verification_is_provisional()
    {
        var json = (await CommandLineRun.InvokeAsync("due", "--received", "2026-11-25T09:00+02:00", "--clock-policy", "paused-until-verified")).Json();

        Assert.Equal("paused-until-verified", json.GetProperty("clockPolicy").GetString());
        Assert.True(json.GetProperty("provisional").GetBoolean());
        Assert.Equal("2026-12-28", json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Paused_clock_counts_from_verification()
    {
        var json = (await CommandLineRun.InvokeAsync(
            "due", "--received", "2026-11-25T09:00+02:00", "--clock-policy", "paused-until-verified", "--verified", "2026-12-04T10:00:00.5+02:00")).Json();

        Assert.Equal("2026-12-04", json.GetProperty("clockStartLocalDate").GetString());
        Assert.Equal("2027-01-04", json.GetProperty("dueDate").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex PlainDate();
}
