using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff extend the deadline by two months (Art 12(3)). The page shows the date in force, the new
/// date and the last day the extension may be told; when the law no longer allows it, the GET page
/// already says why instead of offering a button that cannot work.
/// </summary>
public sealed class ExtendAction : StaffAction
{
    public const string ReasonField = "reason";
    public const int MaxReasonLength = 2000;

    public override string Name => LinkNames.Extend;

    public override string Title(LinkVisit visit) => visit.Staff.ExtendTitle;

    public override Rejection? Unavailable(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return RequestDecider.CanExtend(visit.State, visit.Now)?.Rejection;
    }

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
return new LinkForm(ExtendForm.Intro(visit), ExtendForm.Fields(visit, input));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var (reason, error) = FormText.Read(form, ReasonField, MaxReasonLength, visit.Staff.ReasonRequired, visit.Texts);
        return Task.FromResult(error is not null
            ? ActionBinding.Invalid([error])
            : ActionBinding.To(new ExtendDeadline(visit.Now, visit.Actor, reason)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(after);
        var due = after.CurrentDueDate is { } date ? visit.Date(date) : "-";
        return new LinkOutcome(visit.Staff.ExtendDoneTitle, [Placeholders.Fill(visit.Staff.ExtendDoneBody, ("due", due))]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ExtendDeadline(visit.Now, visit.Actor, "?");
}
