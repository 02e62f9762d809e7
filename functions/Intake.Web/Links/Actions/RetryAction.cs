using System.Globalization;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff retry what failed: each flagged data source has its own button (the mail was about one of
/// them, but the page shows every source that waits), and a request parked by a failing step has
/// one button that runs the stopped steps again.
/// </summary>
public sealed class RetryAction : StaffAction
{
    public const string SourceField = "source";
    public const string ParkedField = "parked";

    public override string Name => LinkNames.Retry;

    public override string Title(LinkVisit visit) => visit.Staff.RetryTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkForm(Intro(visit, visit.Staff.RetryIntro), RetryForm.Fields(visit, Waiting(visit.State).ToList()));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(form);
        if (form.ContainsKey(ParkedField) && !visit.State.Parked.IsEmpty)
        {
            return Task.FromResult(ActionBinding.To(new RetryParkedEffect(visit.Now, visit.Actor)));
        }

        var source = form[SourceField].ToString();
        return Task.FromResult(Waiting(visit.State).Any(task => task.SourceId == source)
            ? ActionBinding.To(new RetrySource(visit.Now, visit.Actor, source))
            : ActionBinding.Invalid(string.Empty, visit.Texts.NothingWaitingBody));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.RetryDoneTitle, [visit.Staff.RetryDoneBody]);
    }

    protected override RequestCommand? Probe(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (!visit.State.Parked.IsEmpty)
        {
            return new RetryParkedEffect(visit.Now, visit.Actor);
        }

        return Waiting(visit.State).FirstOrDefault() is { } task ? new RetrySource(visit.Now, visit.Actor, task.SourceId) : null;
    }

    /// <summary>Sources a retry can help: flagged after their last attempt, or waiting for their next one.</summary>
    private static IEnumerable<SourceTask> Waiting(RequestState state) =>
        state.Tasks.Values
            .Where(task => task.Status is SourceTaskStatus.Flagged or SourceTaskStatus.RetryScheduled)
            .OrderBy(task => task.SourceId, StringComparer.Ordinal);
}
