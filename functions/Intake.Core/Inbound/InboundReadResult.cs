namespace Intake.Core.Inbound;

/// <summary>
/// What reading one incoming mail came to: <see cref="InboundAccepted"/> (open a request),
/// <see cref="InboundIgnored"/> (record, never answer: auto-replies, bounces, loops) or
/// <see cref="InboundRejected"/> (a person sent something we cannot take; tell them why).
/// The set is closed: no other results exist.
/// </summary>
public abstract record InboundReadResult
{
    private protected InboundReadResult()
    {
    }
}
