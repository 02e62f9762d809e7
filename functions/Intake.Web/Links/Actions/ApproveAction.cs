using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff approve a request waiting for review; for an email whose type was uncertain they choose
/// the type first (triage). For an agent's request they confirm they checked the mandate (opened
/// from this page); identifiers the person stated besides the address are offered for staff to
/// confirm, and are not used to find data unless they do. For a contact message, approving means
/// marking it handled.
/// </summary>
public sealed class ApproveAction : StaffAction
{
    public const string TypeField = "type";
    public const string MandateField = "mandate-checked";
    public const string IdentifiersField = "confirm-identifier";

    /// <summary>A mandate link minted for the page is short-lived: it is for the person looking now.</summary>
    private static readonly TimeSpan MandateLinkLifetime = TimeSpan.FromHours(1);

    public override string Name => LinkNames.Approve;

    public override string Title(LinkVisit visit) => IsContact(visit) ? visit.Staff.ContactTitle : visit.Staff.ApproveTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
        var staff = visit.Staff;
        if (IsContact(visit))
        {
            return new LinkForm(Intro(visit, staff.ContactIntro), Submit(staff.ContactButton));
        }

        var types = IsTriage(visit)
            ? Enum.GetValues<RequestType>().Select(type => new Choice(type.WireName(), visit.Texts.TypeNames[type])).ToList()
            : null;
        var identifiers = Unconfirmed(visit).Select(stated => new Choice(stated.Kind.WireName(), $"{LabelOf(stated.Kind, visit)}: {stated.Value}")).ToList();
        var needsMandate = NeedsMandateCheck(visit);
        var choices = new ApproveChoices(
            types,
            input.Value(TypeField) is { Length: > 0 } posted ? posted : visit.State.Type.WireName(),
            identifiers,
            input.Value(IdentifiersField).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            needsMandate,
            needsMandate ? MandateLink(visit) : null);
        return new LinkForm(Intro(visit, staff.ApproveIntro), ApproveForm.Fields(visit, input, choices));
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

        var mandateChecked = form[MandateField].ToString() == "yes";
        if (NeedsMandateCheck(visit) && !mandateChecked)
        {
            return Task.FromResult(ActionBinding.Invalid(MandateField, visit.Staff.MandateCheckRequired));
        }

        // Only identifiers offered on this page count; anything else posted is ignored.
        var offered = Unconfirmed(visit).Select(stated => stated.Kind).ToHashSet();
        var confirmed = form[IdentifiersField]
            .Select(value => StatedIdentifiers.TryParseWireName(value, out var kind) ? kind : (IdentifierKind?)null)
            .OfType<IdentifierKind>()
            .Where(offered.Contains)
            .Distinct()
            .ToList();
        return Task.FromResult(ActionBinding.To(new ApproveReview(visit.Now, visit.Actor, type, confirmed.Count > 0 ? confirmed : null, mandateChecked)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(after);
        return IsContact(visit)
            ? new LinkOutcome(visit.Staff.ContactDoneTitle, [visit.Staff.ContactDoneBody])
            : new LinkOutcome(visit.Staff.ApproveDoneTitle, [Placeholders.Fill(visit.Staff.ApproveDoneBody, ("stage", visit.Stage(after.Stage)))]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ApproveReview(visit.Now, visit.Actor, visit.State.Type, MandateChecked: true);

    private static bool IsContact(LinkVisit visit) => visit.State.ReviewReasons.Contains(ReviewReason.ContactMessage);

    private static bool IsTriage(LinkVisit visit) => visit.State.ReviewReasons.Contains(ReviewReason.Triage);

    private static bool NeedsMandateCheck(LinkVisit visit) => visit.State is { Request.Agent: not null, MandateChecked: false };

    private static List<(IdentifierKind Kind, string Value)> Unconfirmed(LinkVisit visit) =>
        visit.State.Request is { } request
            ? StatedIdentifiers.Of(request.Subject).Where(stated => !visit.State.ConfirmedIdentifiers.Contains(stated.Kind)).ToList()
            : [];

    private static string LabelOf(IdentifierKind kind, LinkVisit visit) =>
        kind == IdentifierKind.CustomerNumber ? visit.Staff.CustomerNumberLabel : visit.Staff.PhoneLabel;

    private static Uri? MandateLink(LinkVisit visit) =>
        visit.State.Request?.Agent?.MandateDocument is null
            ? null
            : visit.Issuer.Issue(visit.Id, LinkNames.Mandate, TokenAudience.Staff, visit.Now + MandateLinkLifetime, "approve-page:" + visit.Claims.Id[..16]);
}
