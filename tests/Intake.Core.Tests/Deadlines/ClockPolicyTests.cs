using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

public sealed class ClockPolicyTests
{
    private const string Received = "2026-11-25T09:00+02:00";

    [Fact]
    public void By_default_the_clock_runs_from_receipt_and_says_so()
    {
        var result = Receipts.Compute(Received);

        Assert.Equal(ClockPolicy.Runs, result.ClockPolicy);
        Assert.Equal(result.ReceivedLocalDate, result.ClockStartLocalDate);
        Assert.False(result.Provisional);
        Assert.Contains("Clock policy runs", result.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verification_does_not_move_a_running_clock()
    {
        var result = Receipts.Compute(Received, verifiedAt: "2026-12-04T10:00+02:00");

        Assert.Equal(new DateOnly(2026, 12, 28), result.DueDate);
        Assert.Contains("does not move it", result.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_clock_without_verification_gives_provisional_dates_from_receipt()
    {
        var result = Receipts.Compute(Received, clockPolicy: ClockPolicy.PausedUntilVerified);

        Assert.True(result.Provisional);
        Assert.Equal(ClockPolicy.PausedUntilVerified, result.ClockPolicy);
        Assert.Equal(new DateOnly(2026, 11, 25), result.ClockStartLocalDate);
        Assert.Equal(new DateOnly(2026, 12, 28), result.DueDate);
        Assert.Contains("provisional", result.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_clock_counts_from_the_day_of_verification()
    {
        var result = Receipts.Compute(Received, clockPolicy: ClockPolicy.PausedUntilVerified, verifiedAt: "2026-12-04T10:00+02:00");

        Assert.False(result.Provisional);
        Assert.Equal(new DateOnly(2026, 11, 25), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2026, 12, 4), result.ClockStartLocalDate);
        Assert.Equal(new DateOnly(2027, 1, 4), result.DueDate);
        Assert.Equal(new DateOnly(2027, 3, 4), result.ExtendedDueDate);
    }

    [Fact]
    public void Verification_just_after_local_midnight_starts_the_clock_on_that_local_day()
    {
        // 22:30 UTC on 4 December is 00:30 on 5 December in Helsinki.
        var result = Receipts.Compute(Received, clockPolicy: ClockPolicy.PausedUntilVerified, verifiedAt: "2026-12-04T22:30Z");

        Assert.Equal(new DateOnly(2026, 12, 5), result.ClockStartLocalDate);
        Assert.Equal(new DateOnly(2027, 1, 5), result.DueDate);
    }

    [Fact]
    public void A_verification_before_receipt_cannot_start_the_clock_before_receipt()
    {
        var result = Receipts.Compute(Received, clockPolicy: ClockPolicy.PausedUntilVerified, verifiedAt: "2026-11-20T10:00+02:00");

        Assert.False(result.Provisional);
        Assert.Equal(new DateOnly(2026, 11, 25), result.ClockStartLocalDate);
        Assert.Equal(new DateOnly(2026, 12, 28), result.DueDate);
    }

    [Theory]
    [InlineData(ClockPolicy.Runs, "runs")]
    [InlineData(ClockPolicy.PausedUntilVerified, "paused-until-verified")]
    public void Clock_policies_have_stable_names(ClockPolicy policy, string name)
    {
        Assert.Equal(name, ClockPolicyNames.Of(policy));
        Assert.True(ClockPolicyNames.TryParse(name.ToUpperInvariant(), out var parsed));
        Assert.Equal(policy, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("paused")]
    [InlineData(null)]
    public void Unknown_clock_policy_names_are_refused(string? name)
    {
        Assert.False(ClockPolicyNames.TryParse(name, out _));
    }

    [Theory]
    [InlineData("", "Europe/Helsinki")]
    [InlineData("FI", " ")]
    public void A_deadline_policy_needs_a_calendar_and_a_zone(string calendar, string zone)
    {
        Assert.ThrowsAny<ArgumentException>(() => new DeadlinePolicy(calendar, zone));
    }
}
