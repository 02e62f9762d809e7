namespace Intake.Core.Tokens;

/// <summary>The result of checking a link: valid, or why not — each maps to its own page (403, 410).</summary>
public sealed record TokenCheck(TokenStatus Status, LinkToken? Token)
{
    public bool IsValid => Status == TokenStatus.Valid;

    public static TokenCheck Valid(LinkToken token) => new(TokenStatus.Valid, token);

    public static TokenCheck Expired(LinkToken token) => new(TokenStatus.Expired, token);

    public static TokenCheck Tampered { get; } = new(TokenStatus.Tampered, null);

    public static TokenCheck Malformed { get; } = new(TokenStatus.Malformed, null);
}

/// <summary>Why a token is or is not usable.</summary>
public enum TokenStatus
{
    Valid,

    /// <summary>Signed by us, but its time is over.</summary>
    Expired,

    /// <summary>The signature does not match: changed or forged.</summary>
    Tampered,

    /// <summary>Not a token at all.</summary>
    Malformed,
}
