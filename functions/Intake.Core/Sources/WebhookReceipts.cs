using System.Text.Json;

namespace Intake.Core.Sources;

/// <summary>Turns another system's receipt body into our <see cref="SourceReceipt"/>, refusing what cannot be a final answer.</summary>
public static class WebhookReceipts
{
    public static bool TryParse(
        ReadOnlySpan<byte> body,
        string sourceId,
        SourceAction action,
        DateTimeOffset completedAt,
        out SourceReceipt? receipt,
        out IReadOnlyList<SourceRow> rows,
        out string? problem)
    {
        receipt = null;
        rows = [];
        WebhookReceiptBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<WebhookReceiptBody>(body, SourceJson.Options);
        }
        catch (JsonException e)
        {
            problem = "The receipt is not valid JSON: " + e.Message;
            return false;
        }

        if (parsed is null)
        {
            problem = "The receipt is empty.";
            return false;
        }

        if (parsed.Outcome is SourceOutcome.AwaitingCallback or SourceOutcome.AwaitingStaff)
        {
            problem = "A receipt must state a final outcome, not " + parsed.Outcome + ".";
            return false;
        }

        if (parsed.RowsFound < 0 || parsed.RowsAffected < 0 || parsed.RowsAffected > parsed.RowsFound)
        {
            problem = "Row counts must be non-negative and no more rows affected than found.";
            return false;
        }

        if (parsed.Rows is { } given)
        {
            if (given.Any(r => r.ValueKind != JsonValueKind.Object))
            {
                problem = "Every row must be a JSON object.";
                return false;
            }

            rows = given.Select(r => SourceRowJson.Read(System.Text.Encoding.UTF8.GetBytes(r.GetRawText()))).ToList();
        }

        problem = null;
        receipt = new SourceReceipt(sourceId, action, parsed.Outcome, parsed.RowsFound, parsed.RowsAffected, parsed.Kept ?? [], parsed.Note, null, completedAt);
        return true;
    }
}
