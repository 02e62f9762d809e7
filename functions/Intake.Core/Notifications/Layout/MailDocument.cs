using Intake.Core.Requests;

namespace Intake.Core.Notifications.Layout;

/// <summary>A composed mail before rendering: its language (for <c>lang</c>), subject, blocks and links.</summary>
internal sealed record MailDocument(
    Language Language,
    string Subject,
    IReadOnlyList<MailBlock> Blocks,
    IReadOnlyList<MailLink> Links);
