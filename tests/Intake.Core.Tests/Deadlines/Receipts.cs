using System.Globalization;
using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

/// <summary>Computes deadlines from ISO 8601 text, with each calendar's home zone unless one is named.</summary>
internal static class Receipts
{
    public const string Helsinki = "Europe/Helsinki";
    public const string Tallinn = "Europe/Tallinn";

    public static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DeadlineCalculation Compute(
        string receivedAt,
        string calendar = "FI",
        string? zone = null,
        ClockPolicy clockPolicy = ClockPolicy.Runs,
        string? verifiedAt = null) =>
        StatutoryClock.Compute(
            Instant(receivedAt),
            new DeadlinePolicy(calendar, zone ?? HomeZone(calendar), clockPolicy),
            verifiedAt is null ? null : Instant(verifiedAt));

    public static string HomeZone(string calendar) => calendar.StartsWith("EE", StringComparison.Ordinal) ? Tallinn : Helsinki;
}
