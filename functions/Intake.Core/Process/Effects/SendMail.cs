using Intake.Core.Notifications;

namespace Intake.Core.Process.Effects;

/// <summary>Send one mail; the driver renders it from the request and these facts, minting the named links.</summary>
public sealed record SendMail(string Id, MailKind Kind, MailAudience Audience, MailFacts Facts) : Effect(Id);
