using System.Text.Json;
using Intake.Core.Process.Commands;
using Intake.Core.Serialization;

namespace Intake.Orchestration;

/// <summary>
/// A command on its way to a request's instance, as the payload of <see cref="ProcessNames.CommandEvent"/>.
/// <paramref name="Id"/> lets the sender find the outcome in the instance's status; a single-use
/// link's key travels with its command so the link is spent in the same step that decides it —
/// exactly when the command is accepted, never for a refused one.
/// </summary>
public sealed record CommandEnvelope(string Id, RequestCommand Command, string? LinkKey)
{
    public string Write() => IntakeJson.Serialize(this);

    /// <summary>
    /// Reads a raised payload. Anything that is not an envelope — empty, <c>null</c>, <c>{}</c>, an
    /// unknown command, an event raised by hand with a tool — is null: the instance ignores it and
    /// keeps waiting, because a foreign event must never fail a request that lives for weeks.
    /// </summary>
    public static CommandEnvelope? TryRead(JsonElement payload)
    {
        var json = payload.ValueKind switch
        {
            JsonValueKind.String => payload.GetString(),
            JsonValueKind.Object => payload.GetRawText(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return IntakeJson.Deserialize<CommandEnvelope>(json) is { Id.Length: > 0, Command: not null } envelope ? envelope : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
