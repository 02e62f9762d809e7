using Intake.Core.Process;

namespace Intake.Core.Gateway;

/// <summary>The answer to a submitted command.</summary>
/// <param name="State">The state after the command, when the engine knows it already.</param>
public sealed record GatewayResult(GatewayOutcome Outcome, Rejection? Rejection, RequestState? State)
{
    public static GatewayResult Accepted(RequestState state) => new(GatewayOutcome.Accepted, null, state);

    public static GatewayResult Rejected(Rejection rejection, RequestState? state) => new(GatewayOutcome.Rejected, rejection, state);

    public static GatewayResult Queued { get; } = new(GatewayOutcome.Queued, null, null);

    public static GatewayResult LinkAlreadyUsed { get; } = new(GatewayOutcome.LinkAlreadyUsed, null, null);
}

/// <summary>What became of a command.</summary>
public enum GatewayOutcome
{
    /// <summary>Decided and stored.</summary>
    Accepted,

    /// <summary>Refused with a typed reason.</summary>
    Rejected,

    /// <summary>Handed to the engine, which decides shortly.</summary>
    Queued,

    /// <summary>The single-use link was used before; nothing was done.</summary>
    LinkAlreadyUsed,
}
