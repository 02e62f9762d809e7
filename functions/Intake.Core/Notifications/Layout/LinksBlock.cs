namespace Intake.Core.Notifications.Layout;

/// <summary>The mail's links: buttons in HTML, label and full URL in text.</summary>
internal sealed record LinksBlock(IReadOnlyList<MailLink> Links) : MailBlock;
