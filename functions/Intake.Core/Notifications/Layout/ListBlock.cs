namespace Intake.Core.Notifications.Layout;

/// <summary>A bulleted list (receipts, recipients, review reasons, authority contact lines).</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items) : MailBlock;
