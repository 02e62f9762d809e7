using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailMails
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private StaffTextsStory Words => View.Words;

    private string LinkName(StoryLink link) => Words.LinkNames.TryGetValue(link.Name, out var name) ? name : link.Name;

    private string Used(StoryLink link) => (link.ViewOnly, link.UsedAt) switch
    {
        (false, { } at) => Placeholders.Fill(Words.LinkUsed, ("time", View.Time(at))),
        (false, null) => Words.LinkNotUsed,
        (true, { } at) => $"{Words.LinkViewOnly}, {Placeholders.Fill(Words.LinkOpened, ("time", View.Time(at)))}",
        (true, null) => Words.LinkViewOnly,
    };
}
