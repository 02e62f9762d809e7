using System.Globalization;

namespace Intake.Core.Reports;

/// <summary>
/// What report.html shows that is not markup: how many rows of a source it shows and how it
/// states a time. The HTML itself is drawn by the report's components in Intake.Templates.
/// </summary>
public static class AccessReport
{
    /// <summary>Rows shown per source in the report; the data files hold all of them.</summary>
    public const int MaxRowsShown = 500;

    /// <summary>
    /// An instant on the controller's wall clock with its UTC offset, as the person reads it in the
    /// letters; UTC when the zone is unknown on this machine, still with the offset said.
    /// </summary>
    public static string LocalTime(DateTimeOffset instant, string? timeZoneId)
    {
        var zone = timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString(CultureInfo.InvariantCulture);
        var utc = offset.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{Math.Abs(offset.Minutes):00}";
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({utc}, {zone.Id})";
    }
}
