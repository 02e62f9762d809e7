using System.Text.Json;
using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

public sealed class ExplanationTests
{
    [Fact]
    public void Explanation_walks_through_every_step_of_a_rolled_due_date()
    {
        var text = Receipts.Compute("2026-11-25T09:00+02:00").Explanation.Text;

        Assert.Contains("Regulation (EEC, Euratom) No 1182/71", text, StringComparison.Ordinal);
        Assert.Contains("Calendar: FI, Finland: non-working days notified under Regulation 1182/71.", text, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Helsinki.", text, StringComparison.Ordinal);
        Assert.Contains("received at 2026-11-25T09:00:00+02:00, which is Wednesday 2026-11-25 there; the day of receipt is not counted", text, StringComparison.Ordinal);
        Assert.Contains("One month from Wednesday 2026-11-25: the same date is Friday 2026-12-25.", text, StringComparison.Ordinal);
        Assert.Contains(
            "Not working days, so skipped: Friday 2026-12-25 (Christmas Day), Saturday 2026-12-26 (St Stephen's Day), Sunday 2026-12-27.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("Due date: Monday 2026-12-28, until the end of that day in Europe/Helsinki (2026-12-29T00:00:00+02:00).", text, StringComparison.Ordinal);
        Assert.Contains("Extended due date: Thursday 2027-02-25", text, StringComparison.Ordinal);
        Assert.Contains("by the end of the due date, Monday 2026-12-28.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_cites_article_12_3_for_the_month_and_for_its_extension_and_never_12_4()
    {
        var explanation = Receipts.Compute("2026-11-25T09:00+02:00").Explanation;

        // Art 12(3) sets the month and allows the extension with notice; Art 12(4) is the refusal.
        Assert.StartsWith("GDPR Article 12(3): answer within one month of receipt; the same Article 12(3) allows the period to be extended by two further months", explanation.Rule, StringComparison.Ordinal);
        Assert.Contains("told of the extension, with the reasons, within one month of receipt", explanation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12(4)", explanation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("12(4)", explanation.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Finnish_explanation_says_christmas_eve_is_a_working_day()
    {
        var explanation = Receipts.Compute("2027-11-24T12:00+02:00").Explanation;

        Assert.Contains("Christmas Eve (24 December) is a working day under this list", explanation.Text, StringComparison.Ordinal);
        Assert.Single(explanation.CalendarNotes);
    }

    [Fact]
    public void Act_150_explanation_names_the_national_list_and_skips_christmas_eve()
    {
        var explanation = Receipts.Compute("2027-11-24T12:00+02:00", "FI-ACT150").Explanation;

        Assert.Contains("Act 150/1930", explanation.CalendarName, StringComparison.Ordinal);
        Assert.Contains("Friday 2027-12-24 (Christmas Eve)", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Estonian_explanation_names_the_estonian_list_in_its_own_zone()
    {
        var explanation = Receipts.Compute("2026-05-23T12:00+03:00", "EE").Explanation;

        Assert.Contains("Calendar: EE, Estonia", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Tallinn.", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 2026-06-23 (Victory Day), Wednesday 2026-06-24 (Midsummer Day)", explanation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Christmas Eve", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_says_when_the_month_has_no_such_date()
    {
        var text = Receipts.Compute("2026-08-31T12:00+03:00").Explanation.Text;

        Assert.Contains("September 2026 has no day 31, so the period reaches that month's last day, Wednesday 2026-09-30.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_explanation_agrees_with_the_calculation()
    {
        var result = Receipts.Compute("2026-11-25T09:00+02:00", clockPolicy: ClockPolicy.PausedUntilVerified, verifiedAt: "2026-11-26T08:00+02:00");
        var explanation = result.Explanation;

        Assert.Equal(result.DueDate, explanation.Due.End);
        Assert.Equal(result.ExtendedDueDate, explanation.Extended.End);
        Assert.Equal(result.ClockStartLocalDate, explanation.ClockStartLocalDate);
        Assert.Equal(result.ClockStartLocalDate, explanation.Due.CountedFrom);
        Assert.Equal(1, explanation.Due.Months);
        Assert.Equal(3, explanation.Extended.Months);
        Assert.Equal(Receipts.Instant("2026-11-26T08:00+02:00"), explanation.VerifiedAt);
        Assert.Equal(ClockPolicy.PausedUntilVerified, explanation.ClockPolicy);
    }

    [Fact]
    public void Explanation_round_trips_through_json_with_readable_values()
    {
        var explanation = Receipts.Compute("2026-11-25T09:00+02:00").Explanation;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(explanation, options);
        var back = JsonSerializer.Deserialize<DeadlineExplanation>(json, options)!;

        Assert.Contains("\"clockPolicy\":\"runs\"", json, StringComparison.Ordinal);
        Assert.Contains("\"end\":\"2026-12-28\"", json, StringComparison.Ordinal);
        Assert.Equal(explanation.Text, back.Text);
        Assert.Equal(explanation.Due.SkippedDays, back.Due.SkippedDays);
        Assert.Equal(explanation.Extended.End, back.Extended.End);
        Assert.Equal(explanation.ReceivedAt, back.ReceivedAt);
    }

    [Fact]
    public void Whole_calculation_serializes_with_its_expiry_instants()
    {
        var result = Receipts.Compute("2026-11-25T09:00+02:00");

        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Contains("\"dueDate\":\"2026-12-28\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dueAt\":\"2026-12-29T00:00:00+02:00\"", json, StringComparison.Ordinal);
    }
}
