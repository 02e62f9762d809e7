using Intake.Adapters.Evidence;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// Records what staff confirmed for a manual task: the optional uploaded file goes to the
/// evidence store first, then the receipt (pointing at it) replaces the awaiting one.
/// </summary>
public sealed class ManualTaskConfirmer(BlobEvidenceStore evidence) : IManualTaskConfirmer
{
    public async Task<SourceReceipt> ConfirmAsync(
        ManualTaskConfirmation confirmation,
        Stream? file,
        string? fileName,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        if (confirmation.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(confirmation));
        }

        string? attachment = null;
        if (file is not null)
        {
            attachment = await evidence.WriteAttachmentAsync(confirmation.Request, confirmation.SourceId, fileName ?? "upload", file, cancellationToken);
        }

        var receipt = confirmation.ToReceipt(
            attachment ?? EvidenceBlobNames.Receipt(confirmation.Request, confirmation.SourceId, confirmation.Action),
            now);
        await evidence.WriteReceiptAsync(confirmation.Request, receipt, cancellationToken);
        return receipt;
    }
}
