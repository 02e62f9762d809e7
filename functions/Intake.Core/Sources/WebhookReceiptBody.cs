using System.Text.Json;

namespace Intake.Core.Sources;

/// <summary>
/// What another system answers, synchronously (HTTP 200) or later on the callback. Which request,
/// source and action it is for is never taken from the body: the job or the signed token says.
/// For an export, <paramref name="Rows"/> carries the person's rows as flat JSON objects.
/// </summary>
public sealed record WebhookReceiptBody(
    SourceOutcome Outcome,
    int RowsFound,
    int RowsAffected,
    IReadOnlyList<KeptData>? Kept,
    string? Note,
    IReadOnlyList<JsonElement>? Rows = null);
