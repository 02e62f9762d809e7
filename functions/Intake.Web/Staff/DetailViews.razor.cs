using Intake.Core.Records;
using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailViews
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private StaffTextsStory Words => View.Words;

    /// <summary>The start of a link id is enough to tell views apart without showing the whole id.</summary>
    private static string Short(string id) => id.Length > 12 ? id[..12] : id;

    private string Who(ViewEntry view) => view switch
    {
        { Viewer: ViewerKind.Person } => Placeholders.Fill(Words.ViewerPerson, ("id", Short(view.LinkId))),
        { SignedInAs: { Length: > 0 } name } => Placeholders.Fill(Words.ViewerSignedIn, ("name", name), ("id", Short(view.LinkId))),
        _ => Placeholders.Fill(Words.ViewerStaff, ("id", Short(view.LinkId))),
    };
}
