using Intake.Core.Requests;

namespace Intake.Core.Notifications.Layout;

/// <summary>
/// A composed mail before it is drawn: the checked recipient, its language (for <c>lang</c>),
/// subject, blocks and links. Drawn twice: as plain text here, as HTML by a component.
/// </summary>
public sealed record MailDocument(
    string To,
    Language Language,
    string Subject,
    IReadOnlyList<MailBlock> Blocks,
    IReadOnlyList<MailLink> Links)
{
    public RequestId? Reference { get; init; }

    public MailKind? Kind { get; init; }
}
