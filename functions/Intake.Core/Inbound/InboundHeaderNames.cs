namespace Intake.Core.Inbound;

/// <summary>The header names intake reads. Comparison is always case-insensitive, as in RFC 5322.</summary>
public static class InboundHeaderNames
{
    /// <summary>
    /// Stamped on every mail Intake sends. Seeing it at the top of an incoming mail means our own
    /// mail came back to us (a forwarder or an auto-responder resent it): answering would loop.
    /// </summary>
    public const string IntakeReference = "X-Intake-Reference";

    public const string AutoSubmitted = "Auto-Submitted";
    public const string Precedence = "Precedence";
    public const string AutoResponseSuppress = "X-Auto-Response-Suppress";
    public const string AutoReply = "X-Autoreply";
    public const string AutoRespond = "X-Autorespond";
    public const string ListId = "List-Id";
    public const string ListUnsubscribe = "List-Unsubscribe";
    public const string FailedRecipients = "X-Failed-Recipients";
    public const string ReturnPath = "Return-Path";
    public const string ContentType = "Content-Type";
    public const string ReplyTo = "Reply-To";
    public const string Date = "Date";
    public const string DeliveredTo = "Delivered-To";
    public const string OriginalTo = "X-Original-To";

    /// <summary>
    /// The headers an accepted mail keeps: those that decide whether it is answered, and those staff
    /// may want when they judge identity or trace a delivery. Everything else is dropped.
    /// </summary>
    public static IReadOnlySet<string> Kept { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        IntakeReference,
        AutoSubmitted,
        Precedence,
        AutoResponseSuppress,
        AutoReply,
        AutoRespond,
        ListId,
        ListUnsubscribe,
        FailedRecipients,
        ReturnPath,
        ContentType,
        ReplyTo,
        Date,
        DeliveredTo,
        OriginalTo,
    };
}
