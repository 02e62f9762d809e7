using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff approve a request waiting for review; for an email whose type was uncertain they choose
/// the type first (triage). For a contact message, approving means marking it handled.
/// </summary>
public sealed class ApproveAction : StaffAction
{
    public const string TypeField = "type";

    public override string Name => LinkNames.Approve;

    public override string Title(LinkVisit visit) => IsContact(visit) ? visit.Staff.ContactTitle : visit.Staff.ApproveTitle;

    public override LinkForm Render(LinkVisit visit, FormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
        var staff = visit.Staff;
        if (IsContact(visit))
        {
            return new LinkForm(Intro(visit, staff.ContactIntro), FormHtml.Submit(staff.ContactButton));
        }

        var triage = HtmlContent.Empty;
        if (IsTriage(visit))
        {
            var choices = Enum.GetValues<RequestType>().Select(type => new Choice(type.WireName(), visit.Texts.TypeNames[type])).ToList();
            var selected = input.Value(TypeField) is { Length: > 0 } posted ? posted : visit.State.Type.WireName();
            triage = FormHtml.Radios(TypeField, staff.TriageLegend, staff.TriageHint, choices, selected, input.ErrorFor(TypeField), required: true);
        }

        return new LinkForm(Intro(visit, staff.ApproveIntro), Html.Of($"{triage}\n{FormHtml.Submit(staff.ApproveButton)}"));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(form);
        RequestType? type = null;
        if (IsTriage(visit))
        {
            if (!RequestTypeFacts.TryParseWireName(form[TypeField].ToString(), out var chosen))
            {
                return Task.FromResult(ActionBinding.Invalid(TypeField, visit.Staff.TriageRequired));
            }

            type = chosen;
        }

        return Task.FromResult(ActionBinding.To(new ApproveReview(visit.Now, visit.Actor, type)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(after);
        return IsContact(visit)
            ? new LinkOutcome(visit.Staff.ContactDoneTitle, FormHtml.Paragraph(visit.Staff.ContactDoneBody))
            : new LinkOutcome(visit.Staff.ApproveDoneTitle, FormHtml.Paragraph(Placeholders.Fill(visit.Staff.ApproveDoneBody, ("stage", visit.Stage(after.Stage)))));
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ApproveReview(visit.Now, visit.Actor, visit.State.Type);

    private static bool IsContact(LinkVisit visit) => visit.State.ReviewReasons.Contains(ReviewReason.ContactMessage);

    private static bool IsTriage(LinkVisit visit) => visit.State.ReviewReasons.Contains(ReviewReason.Triage);
}
