namespace Intake.Core.Deadlines;

/// <summary>
/// Why a <see cref="DeadlineCalculation"/> came out as it did, complete enough to check by hand
/// and to show a person or a supervisory authority. Serializes to JSON as it stands.
/// </summary>
/// <param name="Rule">The legal rules applied, in one sentence.</param>
/// <param name="Calendar">Code of the calendar used.</param>
/// <param name="CalendarName">Which legal list of non-working days that is.</param>
/// <param name="CalendarNotes">Points about the list that matter to readers (e.g. Christmas Eve under FI).</param>
/// <param name="TimeZoneId">IANA zone in which receipt was judged.</param>
/// <param name="ReceivedAt">The instant of receipt as given.</param>
/// <param name="ReceivedLocalDate">Its local date.</param>
/// <param name="ClockPolicy">The clock policy in force.</param>
/// <param name="VerifiedAt">The identity verification instant, when one was given.</param>
/// <param name="ClockStartLocalDate">The day counting starts from.</param>
/// <param name="Provisional">True while the dates wait for identity verification.</param>
/// <param name="Due">The one-month period.</param>
/// <param name="Extended">The three-month period.</param>
/// <param name="ExtensionNoticeBy">Last day to notify an extension.</param>
/// <param name="Text">All of the above as English sentences.</param>
public sealed record DeadlineExplanation(
    string Rule,
    string Calendar,
    string CalendarName,
    IReadOnlyList<string> CalendarNotes,
    string TimeZoneId,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedLocalDate,
    ClockPolicy ClockPolicy,
    DateTimeOffset? VerifiedAt,
    DateOnly ClockStartLocalDate,
    bool Provisional,
    MonthPeriod Due,
    MonthPeriod Extended,
    DateOnly ExtensionNoticeBy,
    string Text);
