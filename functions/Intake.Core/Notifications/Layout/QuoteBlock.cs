namespace Intake.Core.Notifications.Layout;

/// <summary>
/// Text someone wrote (a reason, a question, what the person typed), shown as written, line
/// breaks kept, set apart so it cannot pass for our own words.
/// </summary>
internal sealed record QuoteBlock(string Text) : MailBlock;
