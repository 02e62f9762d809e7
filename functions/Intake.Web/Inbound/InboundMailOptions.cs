namespace Intake.Web.Inbound;

/// <summary>
/// Limits and identity for reading incoming mail, bound from the <c>Intake:Inbound</c> configuration
/// section. The limits exist because mail is hostile input: anyone may send anything to a public
/// address, and one crafted message must not exhaust memory or the stack.
/// </summary>
public sealed record InboundMailOptions
{
    public const string SectionName = "Intake:Inbound";

    /// <summary>The largest message (raw MIME, or the whole SendGrid post) read; larger ones are rejected after this many bytes. Default 25 MiB.</summary>
    public long MaxMessageBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>The most MIME entities (multiparts, parts, attached messages) in one message. Default 100.</summary>
    public int MaxParts { get; init; } = 100;

    /// <summary>The deepest nesting of multiparts and attached messages. Real mail rarely passes 5. Default 10.</summary>
    public int MaxNestingDepth { get; init; } = 10;

    /// <summary>The most attachments in one message. Default 20.</summary>
    public int MaxAttachments { get; init; } = 20;

    /// <summary>The largest decoded attachment. Default 15 MiB.</summary>
    public long MaxAttachmentBytes { get; init; } = 15L * 1024 * 1024;

    /// <summary>How much body text is kept; longer text is cut. Default 100,000 characters.</summary>
    public int MaxBodyCharacters { get; init; } = 100_000;

    /// <summary>
    /// The addresses Intake sends mail from. A mail from one of them is our own mail coming back and
    /// is never answered. Put the SendGrid sender address here.
    /// </summary>
    public IReadOnlyList<string> OwnAddresses { get; init; } = [];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first rule the options break.</summary>
    public void Validate()
    {
        Require(MaxMessageBytes > 0, nameof(MaxMessageBytes), "must be positive");
        Require(MaxParts > 0, nameof(MaxParts), "must be positive");
        Require(MaxNestingDepth > 0, nameof(MaxNestingDepth), "must be positive");
        Require(MaxNestingDepth <= 100, nameof(MaxNestingDepth), "must be at most 100: deeper nesting risks the parser's stack");
        Require(MaxAttachments >= 0, nameof(MaxAttachments), "must not be negative");
        Require(MaxAttachmentBytes > 0, nameof(MaxAttachmentBytes), "must be positive");
        Require(MaxBodyCharacters > 0, nameof(MaxBodyCharacters), "must be positive");
    }

    private static void Require(bool rule, string name, string text)
    {
        if (!rule)
        {
            throw new ArgumentException($"{SectionName}:{name} {text}.", name);
        }
    }
}
