using Intake.Core.Sources;

namespace Intake.Adapters.Evidence;

/// <summary>A row read back from the evidence store, with the JSON line it was stored as.</summary>
/// <param name="Json">The stored line (one JSON object, no line feed); valid only until the next row is read.</param>
public readonly record struct StoredRow(SourceRow Row, ReadOnlyMemory<byte> Json);
