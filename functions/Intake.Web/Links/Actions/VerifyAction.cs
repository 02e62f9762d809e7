using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Tokens;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// The person confirms their address (Art 12(6): proportionate identity check). The page names the
/// request so a person who never made it can simply ignore the mail; only the button acts.
/// </summary>
public sealed class VerifyAction : LinkAction
{
    public override string Name => LinkNames.Verify;

    public override TokenAudience Audience => TokenAudience.Person;

    public override string Title(LinkVisit visit) => visit.Texts.VerifyTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
return new LinkForm(VerifyForm.Intro(visit), VerifyForm.Fields(visit));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Task.FromResult(ActionBinding.To(new ConfirmIdentity(visit.Now, Actor.Person)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(after);
        var texts = visit.Texts;
        var paragraphs = new List<string>();
        if (after.CurrentDueDate is { } due)
        {
            paragraphs.Add(Placeholders.Fill(texts.VerifyDoneBody, ("due", visit.Date(due))));
        }

        if (after.Stage == Stage.AwaitingStaffReview)
        {
            paragraphs.Add(texts.VerifyDoneReviewBody);
        }

        paragraphs.Add(texts.StatusPageHint);
        return new LinkOutcome(texts.VerifyDoneTitle, paragraphs);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ConfirmIdentity(visit.Now, Actor.Person);
}
