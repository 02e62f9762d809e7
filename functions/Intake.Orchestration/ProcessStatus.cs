using System.Text.Json;
using Intake.Core.Process;
using Intake.Core.Serialization;

namespace Intake.Orchestration;

/// <summary>
/// The custom status of a request's instance: where it stands, for an operator looking at the
/// instance, and the outcomes of the last commands, for the senders waiting on them. Nothing
/// about the person: no names, no addresses, no free text. The engine caps a status at 16 KB;
/// <see cref="MaxOutcomes"/> keeps it far below.
/// </summary>
public sealed record ProcessStatus(string? Stage, int Version, DateOnly? DueDate, IReadOnlyList<CommandOutcome> Outcomes)
{
    public const int MaxOutcomes = 16;

    public static ProcessStatus Of(RequestState state, IReadOnlyList<CommandOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Exists ? state.Stage.WireName() : null, state.Version, state.CurrentDueDate, outcomes);
    }

    /// <summary>Reads a status written by this process; null for anything else.</summary>
    public static ProcessStatus? TryRead(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            // The engine stores the status as JSON text; some clients hand it back quoted once more.
            var text = json.TrimStart().StartsWith('"') ? JsonSerializer.Deserialize<string>(json) : json;
            return text is null ? null : IntakeJson.Deserialize<ProcessStatus>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
