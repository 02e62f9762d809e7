namespace Intake.Core.Deadlines;

/// <summary>How a controller's deadlines are counted.</summary>
/// <param name="CalendarCode">Non-working-day calendar: <c>FI</c>, <c>FI-ACT150</c> or <c>EE</c>.</param>
/// <param name="TimeZoneId">IANA zone in which receipt is judged, e.g. <c>Europe/Helsinki</c>.</param>
/// <param name="ClockPolicy">Whether identity checks pause the clock (default: they do not).</param>
public sealed record DeadlinePolicy(string CalendarCode, string TimeZoneId, ClockPolicy ClockPolicy = ClockPolicy.Runs)
{
    public string CalendarCode { get; init; } = Required(CalendarCode, nameof(CalendarCode));

    public string TimeZoneId { get; init; } = Required(TimeZoneId, nameof(TimeZoneId));

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
