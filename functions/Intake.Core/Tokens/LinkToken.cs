namespace Intake.Core.Tokens;

/// <summary>
/// What a signed link grants: one action, for one audience, on one request (or a controller's
/// overview), until a time. The nonce makes two links for the same action distinct, so each can be
/// used once and only its own hash is stored.
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
    bool SingleUse);

/// <summary>Who a link is for; a person's link never acts as staff.</summary>
public enum TokenAudience
{
    Person,
    Staff,
    Source,
}
