using Intake.Core.Process;

namespace Intake.Orchestration;

/// <summary>What became of one command, kept in the instance's status so its sender can answer the person.</summary>
/// <param name="Result">accepted, rejected or link-used.</param>
public sealed record CommandOutcome(string Id, string Result, RejectionCode? Code = null, string? Message = null)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string LinkUsed = "link-used";

    /// <summary>A rejection's message is cut: the status holds the last few outcomes and must stay small.</summary>
    private const int MaxMessage = 300;

    public static CommandOutcome Refused(string id, Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var message = rejection.Message.Length > MaxMessage ? rejection.Message[..MaxMessage] : rejection.Message;
        return new(id, Rejected, rejection.Code, message);
    }
}
