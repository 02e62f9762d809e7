namespace Intake.Core.Sources;

/// <summary>
/// Rows of one source being written to the evidence store. Only <see cref="CompleteAsync"/> marks
/// them complete; rows of an attempt that failed half-way are never taken for a whole answer.
/// </summary>
public interface IRowWriter : IAsyncDisposable
{
    /// <summary>Where the rows go, for the receipt.</summary>
    string BlobName { get; }

    int Rows { get; }

    Task WriteAsync(SourceRow row, CancellationToken cancellationToken = default);

    Task CompleteAsync(CancellationToken cancellationToken = default);
}
