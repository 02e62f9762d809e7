namespace Intake.Core.Calendars;

/// <summary>
/// Easter Sunday by the Gregorian computus, so movable feasts (Good Friday, Ascension,
/// Pentecost…) are computed for any year instead of read from a table that runs out.
/// </summary>
public static class Easter
{
    /// <summary>The first year wholly under the Gregorian calendar.</summary>
    public const int FirstGregorianYear = 1583;

    /// <summary>Easter Sunday of <paramref name="year"/> (Western churches, Gregorian calendar).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1583 or after 9999.</exception>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        // Position of the year in the 19-year Metonic cycle of the moon.
        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        // Solar correction: of four century years only one is a leap year.
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        // Correction that keeps the lunar cycle in step with the real moon over centuries.
        var lunarCorrection = (century - ((century + 8) / 25) + 1) / 3;
        // Days from 21 March to the paschal full moon.
        var epact = ((19 * golden) + century - leapCenturies - lunarCorrection + 15) % 30;
        // Days from the paschal full moon to the following Sunday.
        var toSunday = (32 + (2 * centuryRemainder) + (2 * (yearOfCentury / 4)) - epact - (yearOfCentury % 4)) % 7;
        // Rare cases where the full moon date would push Easter past 25 April.
        var lateFullMoon = (golden + (11 * epact) + (22 * toSunday)) / 451;
        var daysAfterMarchFirst = epact + toSunday - (7 * lateFullMoon) + 114;
        return new DateOnly(year, daysAfterMarchFirst / 31, (daysAfterMarchFirst % 31) + 1);
    }
}
