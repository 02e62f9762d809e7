using Intake.Core.Process;
using Intake.Web.Links;
using Intake.Web.Texts;

namespace Intake.Web.Staff;

/// <summary>What every part of the detail page reads: the request's story, the words, the controller's time zone, the sources' names.</summary>
/// <param name="Zone">The time zone the request's clock runs in, which its times are shown in.</param>
/// <param name="Source">A source's name as staff know it, from its id.</param>
public sealed record RequestDetailView(StaffAccess Access, RequestStory Story, string Zone, Func<string, string> Source)
{
    public StaffTexts Staff => Access.Staff;

    public StaffTextsStory Words => Access.Staff.Story;

    public LinkTexts Texts => Access.Texts;

    public RequestState State => Story.State;

    public string Time(DateTimeOffset instant) => LocalTimes.Format(instant, Zone, Texts);

    public string Date(DateOnly date) => Texts.FormatDate(date);
}
