using Intake.Core.Requests;

namespace Intake.Core.Sources;

/// <summary>
/// The evidence store: rows found for a request (streamed, never held whole), receipts (the
/// proof of what each source did) and files staff upload when confirming a manual task.
/// </summary>
public interface IEvidenceWriter
{
    /// <summary>Starts the rows of one source; any earlier attempt's rows are replaced.</summary>
    Task<IRowWriter> OpenRowsAsync(RequestId request, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>Stores a receipt and returns where.</summary>
    Task<string> WriteReceiptAsync(RequestId request, SourceReceipt receipt, CancellationToken cancellationToken = default);

    /// <summary>Stores a file given as proof (e.g. a screenshot staff upload) and returns where.</summary>
    Task<string> WriteAttachmentAsync(RequestId request, string sourceId, string fileName, Stream content, CancellationToken cancellationToken = default);
}
