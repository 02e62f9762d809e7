using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Templates.Report;

/// <summary>
/// One source as report.html shows it.
/// </summary>
/// <param name="Receipt">What asking the source gave; <see langword="null"/> when the source was not asked.</param>
/// <param name="Columns">The table's columns; none when nothing was found, and then no table is drawn.</param>
/// <param name="ShownRows">The first rows, at most <see cref="Intake.Core.Reports.AccessReport.MaxRowsShown"/>.</param>
/// <param name="RowsTotal">All rows of the source; more than shown adds a pointer to <paramref name="Files"/>.</param>
/// <param name="Files">The data files that hold every row.</param>
public sealed record ReportSource(
    SourceDefinition Definition,
    SourceReceipt? Receipt,
    IReadOnlyList<string> Columns,
    IReadOnlyList<SourceRow> ShownRows,
    int RowsTotal,
    IReadOnlyList<string> Files);
