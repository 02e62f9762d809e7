using Intake.Core.Sources;

namespace Intake.Integration.Tests.Sources;

/// <summary>Compares receipts by value, including the kept-data lines (records compare lists by reference).</summary>
internal sealed class ReceiptComparer : IEqualityComparer<SourceReceipt?>
{
    private static readonly IReadOnlyList<KeptData> None = [];

    public bool Equals(SourceReceipt? x, SourceReceipt? y) =>
        x is not null && y is not null
        && x with { Kept = None } == y with { Kept = None }
        && x.Kept.SequenceEqual(y.Kept);

    public int GetHashCode(SourceReceipt? obj) => obj?.SourceId.GetHashCode(StringComparison.Ordinal) ?? 0;
}
