using System.Globalization;
using Intake.Core.Reports;
using Intake.Core.Sources;
using Microsoft.AspNetCore.Components;

namespace Intake.Templates.Report;

public sealed partial class SourceSection
{
    [Parameter, EditorRequired]
    public ReportContext Report { get; set; } = default!;

    [Parameter, EditorRequired]
    public ReportSource Source { get; set; } = default!;

    private ReportLabels Labels => Report.Labels;

    private string Name => Source.Definition.Name.For(Report.Language);

    // An id the map no longer names is still shown, as the id, rather than dropped.
    private string CategoryNames =>
        string.Join(", ", Source.Definition.Categories.Select(id => Report.Map.FindCategory(id)?.Name.For(Report.Language) ?? id));

    private string PurposeNames =>
        string.Join(", ", Source.Definition.Purposes.Select(id => Report.Map.FindPurpose(id)?.Name.For(Report.Language) ?? id));

    private string ShowingFirst =>
        string.Format(CultureInfo.InvariantCulture, Labels.ShowingFirst, Source.ShownRows.Count, Source.RowsTotal, string.Join(", ", Source.Files));

    private string Until(KeptData kept) => kept.KeptUntil is { } date
        ? string.Format(CultureInfo.InvariantCulture, Labels.KeptUntil, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : Labels.KeptOpen;
}
