using Intake.Core.Requests;

namespace Intake.Core.Notifications;

/// <summary>
/// A rendered mail. <paramref name="Subject"/> never contains CR or LF: templates strip them,
/// so a name typed into a form can never add a header.
/// </summary>
public sealed record MailMessage(
    string To,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<MailLink> Links)
{
    /// <summary>The request the mail is about; senders pass it on (header <c>X-Intake-Reference</c>) so replies and loops can be recognised.</summary>
    public RequestId? Reference { get; init; }

    /// <summary>The kind it was rendered from, for the outbox and delivery categories.</summary>
    public MailKind? Kind { get; init; }
}

/// <summary>A link as it appears in a mail.</summary>
public sealed record MailLink(string Name, string Label, Uri Url);
