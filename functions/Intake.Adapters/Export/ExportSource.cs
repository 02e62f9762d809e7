using Intake.Adapters.Evidence;
using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Adapters.Export;

/// <summary>A source as the export reports it: its receipt, its rows (null when none were found) and the columns it exports.</summary>
internal sealed record ExportSource(SourceDefinition Definition, SourceReceipt? Receipt, EvidenceRows? Rows, IReadOnlyList<string> Columns, bool Portability)
{
    public string JsonFile => $"data/{Definition.Id}.json";

    public string CsvFile => $"data/{Definition.Id}.csv";

    /// <summary>What of a stored row goes into the export: all of it, or the Art 20 subset for portability.</summary>
    public SourceRow Project(SourceRow row) => Portability ? RowProjection.ProvidedByPerson(Definition, row) : row;
}
