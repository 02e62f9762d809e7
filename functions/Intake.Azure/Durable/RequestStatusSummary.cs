using System.Text.Json;
using Intake.Core.Process;

namespace Intake.Azure.Durable;

/// <summary>
/// The custom status of a request's instance: enough for an operator to see where it stands in the
/// Durable monitor, and nothing about the person (no names, no addresses, no free text).
/// </summary>
/// <param name="Stage">The stage's wire name; null while no request exists (a refused submission).</param>
/// <param name="DueDate">The due date in force; null for a contact message.</param>
/// <param name="LastRejection">The code of the last command refused, in wire form, e.g. <c>already-decided</c>.</param>
public sealed record RequestStatusSummary(string? Stage, int Version, DateOnly? DueDate, string? LastRejection)
{
    public static RequestStatusSummary Of(RequestState state, Rejection? lastRejection)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(
            state.Exists ? state.Stage.WireName() : null,
            state.Version,
            state.CurrentDueDate,
            lastRejection is null ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(lastRejection.Code.ToString()));
    }
}
