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
    IReadOnlyList<MailLink> Links);

/// <summary>A link as it appears in a mail.</summary>
public sealed record MailLink(string Name, string Label, Uri Url);
