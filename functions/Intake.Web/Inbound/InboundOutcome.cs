using Intake.Core.Requests;

namespace Intake.Web.Inbound;

/// <summary>
/// The result of taking in one mail. <see cref="Reason"/> names a rule or a reason code, never an
/// address or a name, so the outcome may be logged and returned to the poster.
/// </summary>
public sealed record InboundOutcome(InboundOutcomeKind Kind, RequestId? Reference = null, RequestType? Type = null, bool? TypeIsCertain = null, string? Reason = null, bool Replied = false)
{
    /// <summary>The outcome's wire name: opened, already-opened, ignored, rejected, refused, throttled.</summary>
    public string Name => Kind switch
    {
        InboundOutcomeKind.Throttled => "throttled",
        InboundOutcomeKind.Opened => "opened",
        InboundOutcomeKind.AlreadyOpened => "already-opened",
        InboundOutcomeKind.Ignored => "ignored",
        InboundOutcomeKind.Rejected => "rejected",
        _ => "refused",
    };
}
