using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Web.Pages;
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
        var staff = visit.Staff;
        var deadline = visit.State.Deadline;
        var dates = deadline is null
            ? HtmlContent.Empty
            : FormHtml.Facts(
            [
                (staff.CurrentDueLabel, Html.Text(visit.Date(deadline.DueDate))),
                (staff.NewDueLabel, Html.Text(visit.Date(deadline.ExtendedDueDate))),
                (staff.CutoffLabel, Html.Text(visit.Date(deadline.ExtensionNoticeBy))),
            ]);
        var intro = Html.Of($"{FormHtml.Paragraph(staff.ExtendIntro)}\n{dates}\n{Facts(visit)}");
        var fields = Html.Of($"""
            {FormHtml.TextArea(ReasonField, staff.ReasonLabel, staff.ReasonHint, input.Value(ReasonField), input.ErrorFor(ReasonField), MaxReasonLength, required: true)}
            {FormHtml.Submit(staff.ExtendButton)}
            """);
        return new LinkForm(intro, fields);
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
        return new LinkOutcome(visit.Staff.ExtendDoneTitle, FormHtml.Paragraph(Placeholders.Fill(visit.Staff.ExtendDoneBody, ("due", due))));
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ExtendDeadline(visit.Now, visit.Actor, "?");
}
