using System.Globalization;
using Intake.Web.Texts;

namespace Intake.Web.Links;

/// <summary>
/// Instants as people read them: in the controller's time zone, with the UTC offset spelled out, so
/// a receipt time near midnight (which decides the due date) cannot be misread.
/// </summary>
public static class LocalTimes
{
    public const string DefaultZone = "Europe/Helsinki";

    public static string Format(DateTimeOffset instant, string? zoneId, LinkTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? DefaultZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString(CultureInfo.InvariantCulture);
        var suffix = offset.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{Math.Abs(offset.Minutes):00}";
        return $"{texts.FormatDateTime(local.DateTime)} ({suffix})";
    }

    /// <summary>The local calendar date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, string? zoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? DefaultZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }
}
