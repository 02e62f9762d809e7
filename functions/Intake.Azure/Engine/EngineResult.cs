using Intake.Core.Process;

namespace Intake.Azure.Engine;

/// <summary>What became of a command in the local engine.</summary>
public sealed record EngineResult(bool IsAccepted, bool LinkAlreadyUsed, Rejection? Rejection, RequestState? State, Decision? Decision)
{
    public static EngineResult Accepted(StoredRequest stored, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(true, false, null, stored.State, decision);
    }

    public static EngineResult Rejected(Rejection rejection, RequestState? state) => new(false, false, rejection, state, null);

    public static EngineResult LinkUsed { get; } = new(false, true, null, null, null);
}
