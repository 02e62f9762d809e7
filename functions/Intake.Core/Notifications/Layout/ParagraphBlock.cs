namespace Intake.Core.Notifications.Layout;

/// <summary>A paragraph of our own words; a line feed in it is a line break (used in the signature).</summary>
internal sealed record ParagraphBlock(string Text) : MailBlock;
