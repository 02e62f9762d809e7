using Intake.Core.Calendars;
using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

/// <summary>A generated receipt: an instant written in any offset, for one controller's calendar and zone.</summary>
public sealed record DeadlineCase(DateTimeOffset ReceivedAt, string Calendar, string Zone)
{
    public DeadlinePolicy Policy(ClockPolicy clockPolicy = ClockPolicy.Runs) => new(Calendar, Zone, clockPolicy);

    public DeadlineCalculation Compute() => StatutoryClock.Compute(ReceivedAt, Policy());

    public IHolidayCalendar Holidays => HolidayCalendars.Get(Calendar);

    public DateOnly LocalDate => StatutoryClock.LocalDate(ReceivedAt, Zone);

    public DeadlineCase At(DateTimeOffset receivedAt) => this with { ReceivedAt = receivedAt };

    public override string ToString() => $"{ReceivedAt:O} {Calendar} {Zone}";
}
