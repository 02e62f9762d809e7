namespace Intake.Core.Requests;

/// <summary>
/// How far the receiving server could tie a mail to the domain in its <c>From</c>: the SPF verdict
/// and the DKIM verdict for that domain (a signature by another domain does not count). Recorded on
/// a request that came by mail and shown to staff.
/// </summary>
public sealed record SenderAuthentication(AuthenticationResult Spf, AuthenticationResult Dkim)
{
    public static SenderAuthentication Unknown { get; } = new(AuthenticationResult.Unknown, AuthenticationResult.Unknown);

    /// <summary>
    /// SPF failed (hard or soft) and no DKIM signature of the sender's domain verified: nothing
    /// shows the mail came from that domain, so the request is not trusted without staff.
    /// </summary>
    public bool FailsBoth =>
        Spf is AuthenticationResult.Fail or AuthenticationResult.SoftFail
        && Dkim is AuthenticationResult.Fail or AuthenticationResult.None;
}
