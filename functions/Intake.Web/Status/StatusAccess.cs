using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Tokens;

namespace Intake.Web.Status;

/// <summary>
/// What a status link grants, or why it grants nothing. The link is the person's key: it must be
/// ours (signature) and not revoked, be a status link for the person (not a staff link reused), still run, and
/// name a request that exists.
/// </summary>
public sealed record StatusAccess(StatusAccessOutcome Outcome, RequestState? State, string? LinkId = null)
{
    public bool IsGranted => Outcome == StatusAccessOutcome.Granted && State is not null;

    /// <summary>Checks <paramref name="token"/> at <paramref name="now"/> and loads the request it names.</summary>
    public static async Task<StatusAccess> CheckAsync(LinkGate links, Core.Gateway.IRequestGateway gateway, string? token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(gateway);
        var check = await links.CheckAsync(token, now, cancellationToken);
        if (check.Status == TokenStatus.Expired)
        {
            return new StatusAccess(StatusAccessOutcome.Expired, null);
        }

        if (!check.IsValid || check.Token is not { Action: LinkNames.Status, Audience: TokenAudience.Person } granted
            || !RequestId.TryParse(granted.Scope, out var id))
        {
            return new StatusAccess(StatusAccessOutcome.Invalid, null);
        }

        var state = await gateway.FindAsync(id.Value, cancellationToken);
        return state is null
            ? new StatusAccess(StatusAccessOutcome.Gone, null)
            : new StatusAccess(StatusAccessOutcome.Granted, state, granted.Id);
    }
}
