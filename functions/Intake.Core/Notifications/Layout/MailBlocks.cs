namespace Intake.Core.Notifications.Layout;

/// <summary>
/// One piece of a mail, written once and drawn twice: as plain text and as HTML. Blocks hold
/// plain strings; only the HTML renderer knows markup, and it encodes every string it is given.
/// </summary>
public abstract record MailBlock;

/// <summary>A section heading.</summary>
public sealed record HeadingBlock(string Text) : MailBlock;

/// <summary>A paragraph of our own words; a line feed in it is a line break (used in the signature).</summary>
public sealed record ParagraphBlock(string Text) : MailBlock;

/// <summary>Label and value pairs: reference, request type, due date.</summary>
public sealed record FactsBlock(IReadOnlyList<KeyValuePair<string, string>> Rows) : MailBlock;

/// <summary>A bulleted list (receipts, recipients, review reasons, authority contact lines).</summary>
public sealed record ListBlock(IReadOnlyList<string> Items) : MailBlock;

/// <summary>
/// Text someone wrote (a reason, a question, what the person typed), shown as written, line
/// breaks kept, set apart so it cannot pass for our own words.
/// </summary>
public sealed record QuoteBlock(string Text) : MailBlock;

/// <summary>The mail's links: buttons in HTML, label and full URL in text.</summary>
public sealed record LinksBlock(IReadOnlyList<MailLink> Links) : MailBlock;
