using System.Runtime.CompilerServices;
using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Core.Sources;

namespace Intake.Azure.Evidence;

/// <summary>A completed rows blob, read back line by line (never whole).</summary>
public sealed class EvidenceRows
{
    private readonly BlockBlobClient blob;

    internal EvidenceRows(BlockBlobClient blob, EvidenceRowsIndex index)
    {
        this.blob = blob;
        Index = index;
    }

    public IReadOnlyList<string> Columns => Index.Columns;

    public int Count => Index.Rows;

    public EvidenceRowsIndex Index { get; }

    public async IAsyncEnumerable<SourceRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = 1024 * 1024 }, cancellationToken);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                yield return SourceRowJson.Read(Encoding.UTF8.GetBytes(line));
            }
        }
    }
}
