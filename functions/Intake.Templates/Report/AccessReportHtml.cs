using System.Globalization;
using Intake.Core.Reports;
using Intake.Templates.Rendering;
using Microsoft.AspNetCore.Components;

namespace Intake.Templates.Report;

/// <summary>
/// Writes report.html: the document (<see cref="AccessReportDocument"/>) up to where the sources go,
/// then each source's section (<see cref="SourceSection"/>) rendered and written on its own, then
/// the rest of the document. Only one source's HTML exists at a time, however many sources the
/// export has; each shows at most <see cref="AccessReport.MaxRowsShown"/> rows.
/// </summary>
public static class AccessReportHtml
{
    // A comment cannot come from a value: every "<" in one is encoded, so this occurs only where we put it.
    private const string SourcesGoHere = "<!--sources-->";

    public static async Task WriteAsync(TextWriter writer, ReportContext context, IEnumerable<ReportSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sources);
        var document = await HtmlDocument.RenderAsync<AccessReportDocument>(new Dictionary<string, object?>
        {
            [nameof(AccessReportDocument.Report)] = context,
            [nameof(AccessReportDocument.Sources)] = (RenderFragment)(builder => builder.AddMarkupContent(0, SourcesGoHere)),
        });
        var cut = document.IndexOf(SourcesGoHere, StringComparison.Ordinal);
        await writer.WriteAsync(document.AsMemory(0, cut), cancellationToken);
        foreach (var source in sources)
        {
            await writer.WriteAsync((await SectionAsync(context, source)).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync(document.AsMemory(cut + SourcesGoHere.Length), cancellationToken);
    }

    /// <summary>The whole report as one string, for a report small enough to hold.</summary>
    public static async Task<string> RenderAsync(ReportContext context, IEnumerable<ReportSource> sources)
    {
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await WriteAsync(writer, context, sources);
        return writer.ToString();
    }

    /// <summary>One source's section: its heading, what it holds and why, what is kept, its shown rows.</summary>
    public static Task<string> SectionAsync(ReportContext context, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        return HtmlDocument.RenderAsync<SourceSection>(new Dictionary<string, object?>
        {
            [nameof(SourceSection.Report)] = context,
            [nameof(SourceSection.Source)] = source,
        });
    }
}
