namespace Intake.Core.Notifications.Layout;

/// <summary>
/// One piece of a mail, written once and drawn twice: as plain text and as HTML. Blocks hold
/// plain strings; only the HTML renderer knows markup, and it encodes every string it is given.
/// </summary>
internal abstract record MailBlock;
