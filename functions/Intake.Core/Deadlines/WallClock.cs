namespace Intake.Core.Deadlines;

/// <summary>
/// Conversions between instants and a zone's wall clock that never fail on daylight-saving
/// change days: a skipped wall time maps to the moment the clock jumps over it, a repeated one
/// to its first occurrence.
/// </summary>
internal static class WallClock
{
    /// <summary>The local date of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The start of the next local day: the instant a period ending on <paramref name="date"/> expires.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone) => At(date.AddDays(1), TimeOnly.MinValue, zone);

    /// <summary>The first instant at which the wall clock in <paramref name="zone"/> shows <paramref name="date"/> <paramref name="time"/> or later.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // Ask the zone for offsets at instants (reliable) rather than at wall times: .NET's
        // wall-time answers are wrong around odd transitions such as Samoa's skipped
        // 30 December 2011. Offsets in force a day before and a day after cover any change.
        var before = OffsetAtInstant(local.AddDays(-1), zone);
        var after = OffsetAtInstant(local.AddDays(1), zone);
        var readBefore = new DateTimeOffset(local, before);
        var readAfter = new DateTimeOffset(local, after);
        var beforeFits = Shows(readBefore, local, zone);
        var afterFits = Shows(readAfter, local, zone);

        return (beforeFits, afterFits) switch
        {
            // Clocks went back and this wall time happened twice: take the first time.
            (true, true) => readBefore < readAfter ? readBefore : readAfter,
            (true, false) => readBefore,
            (false, true) => readAfter,
            // Clocks went forward over this wall time: the answer is the jump itself.
            (false, false) => MomentOfJump(readAfter, readBefore, local, zone),
        };
    }

    /// <summary>
    /// The first instant whose wall time is at or after <paramref name="local"/>, found by halving
    /// the interval between an instant that shows an earlier time and one that shows a later time.
    /// </summary>
    private static DateTimeOffset MomentOfJump(DateTimeOffset showsEarlier, DateTimeOffset showsLater, DateTime local, TimeZoneInfo zone)
    {
        var low = showsEarlier.UtcTicks;
        var high = showsLater.UtcTicks;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTime(new DateTimeOffset(middle, TimeSpan.Zero), zone).DateTime >= local)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return TimeZoneInfo.ConvertTime(new DateTimeOffset(high, TimeSpan.Zero), zone);
    }

    private static TimeSpan OffsetAtInstant(DateTime wallTimeAsUtc, TimeZoneInfo zone) =>
        zone.GetUtcOffset(DateTime.SpecifyKind(wallTimeAsUtc, DateTimeKind.Utc));

    private static bool Shows(DateTimeOffset instant, DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime == local;
}
