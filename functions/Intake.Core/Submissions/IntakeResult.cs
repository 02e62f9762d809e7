using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Core.Submissions;

/// <summary>The answer to opening a request: the reference, or why not.</summary>
public sealed record IntakeResult(RequestId? Id, GatewayOutcome Outcome, Rejection? Rejection)
{
    public bool IsOpened => Id is not null && Outcome is GatewayOutcome.Accepted or GatewayOutcome.Queued;

    public static IntakeResult Opened(RequestId id, GatewayOutcome outcome) => new(id, outcome, null);

    public static IntakeResult Refused(Rejection rejection) => new(null, GatewayOutcome.Rejected, rejection);
}
