using FsCheck;
using FsCheck.Fluent;
using Intake.Core.Calendars;
using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

/// <summary>Generators for the properties: receipts from 1990 to 2110, written in offsets from −12:00 to +14:00.</summary>
public static class DeadlineArbitraries
{
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int Days = 120 * 365;

    public static Gen<DateTimeOffset> Instants { get; } =
        from day in Gen.Choose(0, Days)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        from quarterHours in Gen.Choose(-48, 56)
        select Earliest.AddDays(day).AddMinutes(minute).ToOffset(TimeSpan.FromMinutes(15 * quarterHours));

    private static readonly Gen<(string Calendar, string Zone)> Controllers =
        from calendar in Gen.Elements(HolidayCalendars.Codes.ToArray())
        from zone in Gen.Elements("Europe/Helsinki", "Europe/Tallinn", "America/Santiago", "Asia/Tokyo")
        select (calendar, zone);

    public static Arbitrary<DeadlineCase> Cases() =>
        (from instant in Instants
         from controller in Controllers
         select new DeadlineCase(instant, controller.Calendar, controller.Zone)).ToArbitrary();

    public static Arbitrary<ReminderSchedule> Schedules() =>
        (from days in Gen.SubListOf(Enumerable.Range(0, 31).ToArray())
         from overdue in Gen.Elements(true, false)
         select new ReminderSchedule([.. days], overdue)).ToArbitrary();

    public static Arbitrary<ClockPolicy> ClockPolicies() => Gen.Elements(Enum.GetValues<ClockPolicy>()).ToArbitrary();
}
