using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Tokens;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// What one kind of acting link does: the confirmation page its GET shows (never acting, because
/// mail scanners prefetch links) and the command its POST sends. Whether the action is possible
/// right now is asked of the decider itself with a stand-in command, so the page and the process
/// can never disagree.
/// </summary>
public abstract class LinkAction
{
    /// <summary>Forms of plain fields: a few kilobytes of text at most.</summary>
    public const long DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>The <see cref="Core.Notifications.LinkNames"/> name the token carries.</summary>
    public abstract string Name { get; }

    public abstract TokenAudience Audience { get; }

    /// <summary>The largest request body the POST accepts; more is refused with 413 before reading.</summary>
    public virtual long MaxBodyBytes => DefaultMaxBodyBytes;

    public abstract string Title(LinkVisit visit);

    /// <summary>Why the action cannot be taken on the current state, if it cannot; null when it can.</summary>
    public virtual Rejection? Unavailable(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var probe = Probe(visit);
        if (probe is null)
        {
            return new Rejection(RejectionCode.UnknownSource, "Nothing is waiting for this step.");
        }

        // A stand-in command carries placeholder inputs; only a refusal about the state matters here.
        return RequestDecider.Decide(visit.State, probe).Rejection is { Code: not RejectionCode.InvalidInput } rejection
            ? rejection
            : null;
    }

    public abstract LinkForm Render(LinkVisit visit, LinkFormInput input);

    /// <summary>Turns the posted form into the command; may store what the command points at (an uploaded proof).</summary>
    public abstract Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken);

    public abstract LinkOutcome Done(LinkVisit visit, RequestState after);

    /// <summary>A command standing for this action on the current state, or null when nothing waits for it.</summary>
    protected abstract RequestCommand? Probe(LinkVisit visit);
}
