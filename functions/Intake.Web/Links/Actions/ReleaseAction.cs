using System.Globalization;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
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
return new LinkForm(ReleaseForm.Intro(visit), Submit(visit.Staff.ReleaseButton));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Task.FromResult(ActionBinding.To(new ReleaseExport(visit.Now, visit.Actor)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.ReleaseDoneTitle, [visit.Staff.ReleaseDoneBody]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ReleaseExport(visit.Now, visit.Actor);
}
