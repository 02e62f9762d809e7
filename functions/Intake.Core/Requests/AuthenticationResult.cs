namespace Intake.Core.Requests;

/// <summary>
/// The verdict of one mail authentication check (SPF, DKIM) as the receiving server reported it,
/// in the words of RFC 8601. <see cref="Unknown"/> means nobody told us: a raw message without an
/// <c>Authentication-Results</c> or <c>Received-SPF</c> header, or a request that did not come by mail.
/// </summary>
public enum AuthenticationResult
{
    Unknown,

    /// <summary>Nothing to check: no SPF record, or no DKIM signature for the sender's domain.</summary>
    None,

    Pass,

    Neutral,

    SoftFail,

    Fail,

    TempError,

    PermError,
}
