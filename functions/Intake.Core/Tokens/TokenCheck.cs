namespace Intake.Core.Tokens;

/// <summary>
/// The result of checking a link: valid, or why not — each maps to its own page (403, 410). Only a
/// token we signed and still trust carries its grant (<see cref="Token"/>): valid or expired.
/// </summary>
public sealed record TokenCheck(TokenStatus Status, LinkToken? Token)
{
    public bool IsValid => Status == TokenStatus.Valid;

    /// <summary>The id the grant is spent and revoked under; null when nothing in the text is trusted.</summary>
    public string? TokenId => Token?.Id;

    public static TokenCheck Valid(LinkToken token) => new(TokenStatus.Valid, token);

    public static TokenCheck Expired(LinkToken token) => new(TokenStatus.Expired, token);

    public static TokenCheck Tampered { get; } = new(TokenStatus.Tampered, null);

    public static TokenCheck Malformed { get; } = new(TokenStatus.Malformed, null);

    public static TokenCheck Revoked { get; } = new(TokenStatus.Revoked, null);
}

/// <summary>Why a token is or is not usable.</summary>
public enum TokenStatus
{
    Valid,

    /// <summary>Signed by us, but its time is over (or the retired key that signed it is no longer accepted).</summary>
    Expired,

    /// <summary>The signature does not match any key we hold for it: changed or forged.</summary>
    Tampered,

    /// <summary>Not a token at all, or not spelled the one way we write tokens.</summary>
    Malformed,

    /// <summary>Signed by a revoked key, or the token itself was revoked: refused like a tampered one.</summary>
    Revoked,
}
