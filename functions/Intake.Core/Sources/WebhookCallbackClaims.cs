using Intake.Core.Requests;
using Intake.Core.Tokens;

namespace Intake.Core.Sources;

/// <summary>What a callback token names: the only request, source and action its receipt may be for.</summary>
public sealed record WebhookCallbackClaims(RequestId Request, string SourceId, SourceAction Action, DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// The callback's name in the revocation list: derived like a link's id (<see cref="LinkToken.Id"/>),
    /// from the request, source and action, so every token minted for that job's retries shares it.
    /// </summary>
    public string Id => TokenIds.Derive("intake-callback-id-v1", Request.Value, SourceId, Action.ToString());
}
