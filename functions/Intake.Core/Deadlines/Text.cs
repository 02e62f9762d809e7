using System.Globalization;

namespace Intake.Core.Deadlines;

/// <summary>Culture-invariant wording of dates and instants in explanations, so they read the same on every machine.</summary>
internal static class Text
{
    /// <summary>"Monday 2026-12-28".</summary>
    public static string Day(DateOnly date) =>
        $"{date.DayOfWeek} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>"2026-12-29T00:00:00+02:00".</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"September".</summary>
    public static string MonthName(int month) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
