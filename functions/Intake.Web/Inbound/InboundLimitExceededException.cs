using Intake.Core.Inbound;

namespace Intake.Web.Inbound;

/// <summary>
/// Raised inside the reader when a limit is crossed, to stop reading at once; the reader turns it
/// into an <see cref="InboundRejected"/> (or <see cref="InboundIgnored"/>) and it never leaves the reader.
/// </summary>
internal sealed class InboundLimitExceededException(RejectionReason reason)
    : Exception($"Inbound mail limit crossed: {reason}.")
{
    public RejectionReason Reason { get; } = reason;
}
