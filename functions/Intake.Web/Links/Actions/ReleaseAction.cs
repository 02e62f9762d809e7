using System.Globalization;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>Staff release an assembled export to the person, after checking it for others' data (Art 15(4)).</summary>
public sealed class ReleaseAction : StaffAction
{
    public override string Name => LinkNames.Release;

    public override string Title(LinkVisit visit) => visit.Staff.ReleaseTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var staff = visit.Staff;
        var export = visit.State.Export;
        var exportFacts = export is null
            ? HtmlContent.Empty
            : FormHtml.Facts(
            [
                (staff.ExportFilesLabel, Html.Text(export.Files.ToString(CultureInfo.InvariantCulture))),
                (staff.ExportSizeLabel, Html.Text(LinkPages.Size(export.Bytes))),
                ("SHA-256", Html.Of($"<code>{export.Sha256}</code>")),
            ]);
        var intro = Html.Of($"{FormHtml.Paragraph(staff.ReleaseIntro)}\n{exportFacts}\n{Facts(visit)}");
        return new LinkForm(intro, FormHtml.Submit(staff.ReleaseButton));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Task.FromResult(ActionBinding.To(new ReleaseExport(visit.Now, visit.Actor)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.ReleaseDoneTitle, FormHtml.Paragraph(visit.Staff.ReleaseDoneBody));
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ReleaseExport(visit.Now, visit.Actor);
}
