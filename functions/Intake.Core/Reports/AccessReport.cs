using System.Globalization;
using System.Text;
using Intake.Core.DataMaps;
using Intake.Core.Markup;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>
/// The human-readable report.html of an export, as fragments so the assembler can stream a large
/// source's table into the ZIP row by row: <see cref="Head"/>, then per source
/// <see cref="SourceStart"/>, <see cref="Row"/>s and <see cref="SourceEnd"/>, then <see cref="End"/>.
/// Every value from a source or the map is HTML-escaped.
/// </summary>
public static class AccessReport
{
    /// <summary>Rows shown per source in the report; the data files hold all of them.</summary>
    public const int MaxRowsShown = 500;

    public static string Head(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labels = context.Labels;
        var map = context.Map;
        var language = context.Language;
        var html = new StringBuilder();
        var title = context.IsPortability ? labels.PortabilityTitle : labels.AccessTitle;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(labels.LanguageCode).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(labels.Intro)).Append("</p>\n");
        html.Append("<p>").Append(E(labels.Reference)).Append(": <strong>").Append(E(context.Request.Value)).Append("</strong><br>")
            .Append(E(labels.Created)).Append(": ").Append(E(LocalTime(context.CreatedAt, map.Controller.TimeZoneId))).Append("</p>\n");

        AppendControllers(html, context);

        Section(html, labels.Purposes);
        html.Append("<ul>\n");
        foreach (var purpose in map.Purposes)
        {
            html.Append("<li>").Append(E(purpose.Name.For(language))).Append(" (").Append(E(labels.LegalBasis)).Append(": ")
                .Append(E(purpose.LegalBasis.For(language))).Append(")</li>\n");
        }

        html.Append("</ul>\n");
        Section(html, labels.Categories);
        html.Append("<ul>\n");
        foreach (var category in map.Categories)
        {
            html.Append("<li>").Append(E(category.Name.For(language))).Append("</li>\n");
        }

        html.Append("</ul>\n");
        Section(html, labels.Recipients);
        if (map.Recipients.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var recipient in map.Recipients)
            {
                html.Append("<li>").Append(E(recipient.Name.For(language))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        Paragraph(html, map.Information.Recipients.For(language));
        Section(html, labels.Retention);
        Paragraph(html, map.Information.Retention.For(language));
        if (map.RetentionRules.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var rule in map.RetentionRules)
            {
                html.Append("<li>").Append(E(rule.Name.For(language))).Append(": ").Append(E(rule.Ground.For(language))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        Section(html, labels.Rights);
        Paragraph(html, map.Information.Rights.For(language));
        Section(html, labels.Complaint);
        Paragraph(html, map.Information.Complaint.For(language));
        var authority = map.Controller.Authority;
        html.Append("<p>").Append(E(authority.Name)).Append("<br>").Append(E(authority.Address));
        if (authority.Phone is not null)
        {
            html.Append("<br>").Append(E(authority.Phone));
        }

        html.Append("<br>").Append(E(authority.Email));
        if (authority.Website is not null)
        {
            html.Append("<br>").Append(E(authority.Website));
        }

        html.Append("</p>\n");
        Section(html, labels.SourceOfData);
        Paragraph(html, map.Information.SourceOfData.For(language));
        Section(html, labels.AutomatedDecisions);
        Paragraph(html, map.Information.AutomatedDecisions.For(language));
        Section(html, labels.Transfers);
        Paragraph(html, map.Information.Transfers.For(language));

        html.Append("<h2>").Append(E(labels.YourData)).Append("</h2>\n");
        html.Append("<p class=\"note\">").Append(E(labels.FilesNote)).Append("</p>\n");
        html.Append("<p class=\"note\">").Append(E(context.IsPortability ? labels.PortabilityNote : labels.RedactedNote)).Append("</p>\n");
        return html.ToString();
    }

    /// <summary>The heading of one source, its categories and purposes, what is kept and why, and the table header.</summary>
    public static string SourceStart(ReportContext context, SourceDefinition source, SourceReceipt? receipt, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(columns);
        var labels = context.Labels;
        var language = context.Language;
        var html = new StringBuilder();
        html.Append("<section>\n<h3>").Append(E(source.Name.For(language))).Append("</h3>\n<p>");
        html.Append(E(labels.Categories)).Append(": ")
            .Append(E(string.Join(", ", source.Categories.Select(id => context.Map.FindCategory(id)?.Name.For(language) ?? id))))
            .Append("<br>").Append(E(labels.Purposes)).Append(": ")
            .Append(E(string.Join(", ", source.Purposes.Select(id => context.Map.FindPurpose(id)?.Name.For(language) ?? id))));
        if (receipt is not null)
        {
            html.Append("<br>").Append(E(labels.RowsFound)).Append(": ").Append(receipt.RowsFound.ToString(CultureInfo.InvariantCulture));
        }

        html.Append("</p>\n");
        if (receipt is { Outcome: SourceOutcome.AwaitingStaff or SourceOutcome.AwaitingCallback })
        {
            html.Append("<p class=\"note\">").Append(E(labels.AwaitingNote)).Append("</p>\n");
        }

        if (receipt is { Kept.Count: > 0 })
        {
            html.Append("<p>").Append(E(labels.Kept)).Append(":</p>\n<ul>\n");
            foreach (var kept in receipt.Kept)
            {
                var until = kept.KeptUntil is { } date
                    ? string.Format(CultureInfo.InvariantCulture, labels.KeptUntil, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : labels.KeptOpen;
                html.Append("<li>").Append(E(kept.Category)).Append(" – ").Append(E(kept.Ground)).Append(" (").Append(E(until)).Append(")</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (columns.Count == 0)
        {
            html.Append("<p>").Append(E(labels.NotFound)).Append("</p>\n");
            return html.ToString();
        }

        html.Append("<div class=\"scroll\"><table>\n<caption>").Append(E(source.Name.For(language))).Append("</caption>\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        return html.ToString();
    }

    /// <summary>One table row; cells follow <paramref name="columns"/>, so rows with missing columns stay aligned.</summary>
    public static string Row(SourceRow row, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        var html = new StringBuilder("<tr>");
        foreach (var column in columns)
        {
            html.Append("<td>").Append(E(CellValue.Format(row.Get(column)))).Append("</td>");
        }

        return html.Append("</tr>\n").ToString();
    }

    public static string SourceEnd(ReportContext context, int rowsShown, int rowsTotal, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var html = new StringBuilder();
        if (rowsTotal > 0)
        {
            html.Append("</tbody>\n</table></div>\n");
        }

        if (rowsTotal > rowsShown)
        {
            html.Append("<p class=\"note\">")
                .Append(E(string.Format(CultureInfo.InvariantCulture, context.Labels.ShowingFirst, rowsShown, rowsTotal, string.Join(", ", files))))
                .Append("</p>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    public static string End() => "</body>\n</html>\n";

    /// <summary>
    /// The report is read on screen and printed: a wide table scrolls on a phone rather than
    /// widening the page, and on paper every column is shown, headings stay with what follows and
    /// table headers repeat on each page. Kept inside the file: it opens offline, from the ZIP.
    /// </summary>
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b;background:#fff}"
        + "h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.1rem}"
        + ".scroll{overflow-x:auto;max-width:100%}"
        + "table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0 1rem}"
        + "caption{text-align:left;font-weight:600;padding:.25rem 0}"
        + "th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}"
        + "th{background:#eee}.note{color:#444}"
        + "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}.scroll{overflow:visible}"
        + "table{font-size:8pt;width:100%}thead{display:table-header-group}tr{break-inside:avoid}"
        + "h1,h2,h3{break-after:avoid}section{break-before:auto}a{color:inherit}}";

    /// <summary>
    /// An instant on the controller's wall clock with its UTC offset, as the person reads it in the
    /// letters; UTC when the zone is unknown on this machine, still with the offset said.
    /// </summary>
    public static string LocalTime(DateTimeOffset instant, string? timeZoneId)
    {
        var zone = timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours).ToString(CultureInfo.InvariantCulture);
        var utc = offset.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{Math.Abs(offset.Minutes):00}";
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({utc}, {zone.Id})";
    }

    private static void AppendControllers(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        var controller = context.Map.Controller;
        Section(html, labels.Controllers);
        if (controller.HasJointControllers)
        {
            Paragraph(html, labels.JointControllers);
        }

        html.Append("<ul>\n");
        foreach (var party in controller.Parties)
        {
            html.Append("<li><strong>").Append(E(party.Name)).Append("</strong>");
            if (party.BusinessId is not null)
            {
                html.Append(", ").Append(E(labels.BusinessId)).Append(' ').Append(E(party.BusinessId));
            }

            if (party.Address is not null)
            {
                html.Append(", ").Append(E(party.Address));
            }

            if (party.Email is not null)
            {
                html.Append(", ").Append(E(party.Email));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n<p>").Append(E(labels.PrivacyContact)).Append(": ").Append(E(controller.PrivacyContactEmail)).Append("</p>\n");
    }

    private static void Section(StringBuilder html, string heading) =>
        html.Append("<h2>").Append(E(heading)).Append("</h2>\n");

    private static void Paragraph(StringBuilder html, string text) =>
        html.Append("<p>").Append(E(text)).Append("</p>\n");

    private static string E(string text) => HtmlText.Escape(text);
}
