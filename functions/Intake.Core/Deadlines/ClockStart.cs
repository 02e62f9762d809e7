namespace Intake.Core.Deadlines;

/// <summary>The day the statutory clock counts from under a clock policy, and the sentence that says why.</summary>
/// <param name="Date">Local date the period is counted from (not itself counted).</param>
/// <param name="Provisional">True while the policy waits for a verification that has not happened.</param>
/// <param name="Sentence">The reason, for the explanation.</param>
internal sealed record ClockStart(DateOnly Date, bool Provisional, string Sentence)
{
    public static ClockStart Decide(
        ClockPolicy policy,
        DateTimeOffset receivedAt,
        DateOnly receivedLocalDate,
        DateTimeOffset? verifiedAt,
        TimeZoneInfo zone)
    {
        var runs = ClockPolicyNames.Runs;
        var paused = ClockPolicyNames.PausedUntilVerified;
        switch (policy)
        {
            case ClockPolicy.Runs when verifiedAt is { } verified:
                return new(receivedLocalDate, false,
                    $"Clock policy {runs}: the clock counts from receipt; the identity verification at {Text.Instant(verified)} does not move it.");
            case ClockPolicy.Runs:
                return new(receivedLocalDate, false, $"Clock policy {runs}: the clock counts from receipt.");
            case ClockPolicy.PausedUntilVerified when verifiedAt is null:
                // Until verification the only defensible date is the one counted from receipt:
                // it is what applies if the pause is later found unjustified.
                return new(receivedLocalDate, true,
                    $"Clock policy {paused}: the clock starts when identity is verified. Identity is not verified yet, so these dates are provisional, counted from receipt; they move when verification is recorded.");
            case ClockPolicy.PausedUntilVerified when verifiedAt < receivedAt:
                // A verification older than the request cannot start its clock before it arrived.
                return new(receivedLocalDate, false,
                    $"Clock policy {paused}: identity was verified at {Text.Instant(verifiedAt.Value)}, before the request was received, so the clock counts from receipt.");
            case ClockPolicy.PausedUntilVerified:
                var verifiedLocalDate = WallClock.DateOf(verifiedAt.Value, zone);
                return new(verifiedLocalDate, false,
                    $"Clock policy {paused}: identity was verified at {Text.Instant(verifiedAt.Value)}, which is {Text.Day(verifiedLocalDate)} in {zone.Id}; the clock counts from that day, which is not itself counted.");
            default:
                throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a clock policy.");
        }
    }
}
