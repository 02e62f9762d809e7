namespace Intake.Core.Tokens;

/// <summary>
/// What a signed link grants: one action, for one audience, on one request (or a controller's
/// overview), until a time. The nonce makes two links for the same action distinct, so each can be
/// spent or revoked on its own.
/// </summary>
/// <param name="Scope">The request id, or the controller id for the staff overview.</param>
/// <param name="Action">A name from <see cref="Notifications.LinkNames"/>.</param>
/// <param name="SingleUse">Acting links are consumed on use; viewing links (status, download) are not.</param>
public sealed record LinkToken(
    string Scope,
    string Action,
    TokenAudience Audience,
    DateTimeOffset ExpiresAt,
    string Nonce,
    bool SingleUse)
{
    /// <summary>
    /// The grant's name, under which it is spent and revoked: <see cref="TokenIds"/> over scope,
    /// action and nonce. It is derived rather than drawn at random and carried, so that every copy of
    /// one grant — re-encoded, re-signed under a newer key, or issued before tokens had ids — has the
    /// same id and so meets the same spent marker and the same revocation, and nothing has to be
    /// stored when a link is issued. It needs no key: an id is a name, never a credential (knowing
    /// one opens nothing without the signed token), and a keyed id would change whenever the
    /// signing key rotates.
    /// </summary>
    public string Id => TokenIds.Derive("intake-link-id-v1", Scope, Action, Nonce);
}

/// <summary>Who a link is for; a person's link never acts as staff.</summary>
public enum TokenAudience
{
    Person,
    Staff,
    Source,
}
