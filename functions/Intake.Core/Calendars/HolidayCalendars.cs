using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Intake.Core.Calendars;

/// <summary>The calendars a controller may configure, by code (case-insensitive).</summary>
public static class HolidayCalendars
{
    private static readonly FrozenDictionary<string, RuleBasedCalendar> ByCode =
        new[] { FinnishHolidays.Regulation1182List, FinnishHolidays.Act150List, EstonianHolidays.List }
            .ToFrozenDictionary(calendar => calendar.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The known codes: <c>EE</c>, <c>FI</c>, <c>FI-ACT150</c>.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. ByCode.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The calendar with this code.</summary>
    /// <exception cref="ArgumentException">No calendar has this code; the message lists the known ones.</exception>
    public static IHolidayCalendar Get(string code) => Find(code);

    /// <summary>The calendar with this code, if there is one.</summary>
    public static bool TryGet(string code, [MaybeNullWhen(false)] out IHolidayCalendar calendar)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            calendar = found;
            return true;
        }

        calendar = null;
        return false;
    }

    /// <summary>Same as <see cref="Get"/>, keeping the notes explanations need.</summary>
    internal static RuleBasedCalendar Find(string code) =>
        code is not null && ByCode.TryGetValue(code, out var calendar)
            ? calendar
            : throw new ArgumentException(
                $"Unknown calendar code '{code}'; known codes: {string.Join(", ", Codes)}.", nameof(code));
}
