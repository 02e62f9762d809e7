using Intake.Core.Deadlines;
using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailClock
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private StaffTextsStory Words => View.Words;

    /// <summary>The days the due date and the extended one passed over, each once, in order.</summary>
    private static List<SkippedDay> Skipped(DeadlineCalculation deadline) =>
        [.. deadline.Explanation.Due.SkippedDays.Concat(deadline.Explanation.Extended.SkippedDays).DistinctBy(day => day.Date).OrderBy(day => day.Date)];

    private string Ends(DateOnly date, DateTimeOffset end) => Placeholders.Fill(Words.ClockDayEnds, ("date", View.Date(date)), ("time", View.Time(end)));
}
