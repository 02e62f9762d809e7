namespace Intake.Core.Idempotency;

/// <summary>What an idempotency key means for the call that brings it.</summary>
public enum IdempotencyVerdict
{
    /// <summary>First use (or the earlier use has expired): open the request under the record's reference.</summary>
    Claimed,

    /// <summary>Used before with the same body and answered: send the stored answer again.</summary>
    Replay,

    /// <summary>Used before with the same body, but no answer was stored yet: the first call is still opening, or stopped half-way.</summary>
    Pending,

    /// <summary>Used before with a different body: the client reused a key by mistake.</summary>
    Conflict,
}
