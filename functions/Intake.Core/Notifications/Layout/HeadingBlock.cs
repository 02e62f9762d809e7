namespace Intake.Core.Notifications.Layout;

/// <summary>A section heading.</summary>
internal sealed record HeadingBlock(string Text) : MailBlock;
