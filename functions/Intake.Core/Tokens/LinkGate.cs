namespace Intake.Core.Tokens;

/// <summary>
/// The one check every link handler passes a token through: signature, key, spelling and expiry
/// (<see cref="LinkTokenSigner"/>), then the revocation list. A revoked token comes back as
/// <see cref="TokenStatus.Revoked"/> with no grant, so each handler answers it exactly as it
/// answers a tampered one. The revocation list is read only for tokens we signed, so forged text
/// never costs a storage read.
/// </summary>
public sealed class LinkGate(LinkTokenSigner signer, ITokenRevocations revocations)
{
    public async Task<TokenCheck> CheckAsync(string? text, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var check = signer.Check(text, now);
        return check.TokenId is { } id && await revocations.IsRevokedAsync(id, cancellationToken)
            ? TokenCheck.Revoked
            : check;
    }
}
