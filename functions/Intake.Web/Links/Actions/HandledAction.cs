using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// The "mark handled" link in the mail staff get for a contact message: staff answer the sender
/// themselves, then mark the message handled here. The message closes (audited as
/// <c>contact-handled</c>, the actor named by the link) and is purged after the contact retention.
/// </summary>
public sealed class HandledAction : StaffAction
{
    public override string Name => LinkNames.MarkHandled;

    public override string Title(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return visit.Staff.ContactTitle;
    }

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkForm(Intro(visit, visit.Staff.ContactIntro), Submit(visit.Staff.ContactButton));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Task.FromResult(ActionBinding.To(new HandleContact(visit.Now, visit.Actor, null)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.ContactDoneTitle, [visit.Staff.ContactDoneBody]);
    }

    protected override RequestCommand? Probe(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new HandleContact(visit.Now, visit.Actor, null);
    }
}
