namespace Intake.Core.Sources;

/// <summary>
/// The evidence a request gathers (rows, receipts, attachments such as an agent's mandate), by the
/// names <see cref="IEvidenceWriter"/> returned. The edges read an attachment back for staff and delete
/// one whose request was never opened.
/// </summary>
public interface IEvidenceStore : IEvidenceWriter
{
    /// <summary>The stored file, or null when nothing is stored under <paramref name="name"/>.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file if it is there.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
