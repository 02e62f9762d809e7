using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class OverviewRow
{
    [Parameter, EditorRequired]
    public OverviewView View { get; set; } = default!;

    [Parameter, EditorRequired]
    public RequestSummary Summary { get; set; } = default!;

    private RequestListTexts Texts => View.Texts;

    private LinkTexts Dates => View.Access.Texts;

    private string Href => View.DetailBase + Summary.Id.Value;

    private bool Purged => Summary.Stage == Stage.Purged;

    private bool Overdue => Summary.IsOverdueAt(View.Access.Now);

    private string Status => Purged
        ? Summary.EndedAs is { } ended ? Placeholders.Fill(Texts.PurgedEndedAs, ("stage", Texts.StageNames[ended])) : Texts.StageNames[Stage.Purged]
        : Texts.StageNames[Summary.Stage];
}
