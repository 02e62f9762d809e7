namespace Intake.Core.Tokens;

/// <summary>
/// Token ids withdrawn before their time, e.g. a link mailed to the wrong person. Only the id is
/// kept (it names the grant, never opens it), with when it was revoked and until when the token
/// could have worked, after which the entry may go.
/// </summary>
public interface ITokenRevocations
{
    /// <summary>Revokes the id; false when it was revoked already (the first revocation stands).</summary>
    Task<bool> RevokeAsync(string tokenId, DateTimeOffset revokedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken = default);
}
