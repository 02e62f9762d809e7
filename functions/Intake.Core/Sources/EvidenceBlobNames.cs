using System.Text.RegularExpressions;
using Intake.Core.Requests;

namespace Intake.Core.Sources;

/// <summary>
/// Where evidence lives in the evidence store, one folder per request:
/// <c>{requestId}/rows/{sourceId}.jsonl</c>, <c>{requestId}/receipts/{sourceId}-{action}.json</c>,
/// <c>{requestId}/attachments/{sourceId}/{file}</c>. Deterministic names make a retried effect
/// overwrite its own earlier attempt instead of adding a second copy.
/// </summary>
public static partial class EvidenceBlobNames
{
    public static string Rows(RequestId request, string sourceId) => $"{request.Value}/rows/{sourceId}.jsonl";

    /// <summary>Written only when the rows are complete: the column order and row count.</summary>
    public static string RowsIndex(RequestId request, string sourceId) => $"{request.Value}/rows/{sourceId}.columns.json";

    public static string Receipt(RequestId request, string sourceId, SourceAction action) =>
        $"{request.Value}/receipts/{sourceId}-{ActionName(action)}.json";

    public static string ReceiptsFolder(RequestId request) => $"{request.Value}/receipts/";

    public static string Attachment(RequestId request, string sourceId, string fileName) =>
        $"{request.Value}/attachments/{sourceId}/{SafeFileName(fileName)}";

    public static string ActionName(SourceAction action) => action switch
    {
        SourceAction.Export => "export",
        SourceAction.Erase => "erase",
        SourceAction.Rectify => "rectify",
        SourceAction.Restrict => "restrict",
        SourceAction.SuppressMarketing => "suppress-marketing",
        SourceAction.WithdrawConsent => "withdraw-consent",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>An uploaded file's name reduced to safe characters, so it cannot climb out of its folder.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        name = UnsafeCharacters().Replace(name, "_").Trim('.', '_');
        return name.Length == 0 ? "file" : name[..Math.Min(name.Length, 100)];
    }

    [GeneratedRegex("[^A-Za-z0-9._-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();
}
