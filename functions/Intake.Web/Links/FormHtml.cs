using System.Globalization;
using Intake.Web.Pages;

namespace Intake.Web.Links;

/// <summary>
/// The fields of the link pages, built the accessible way every time: a label tied to its input,
/// hints and errors tied with <c>aria-describedby</c>, <c>aria-invalid</c> on a field in error,
/// radio groups in a fieldset with a legend, and an error summary linking to each field. Every
/// value goes through <see cref="Html.Of"/>, so nothing typed becomes markup.
/// </summary>
public static class FormHtml
{
    public static HtmlContent TextArea(string id, string label, string? hint, string value, string? error, int maxLength, bool required)
    {
        var described = DescribedBy(id, hint, error);
        return Html.Of($"""
            <div class="field">
            <label for="{id}">{label}</label>
            {Hint(id, hint)}{Error(id, error)}<textarea id="{id}" name="{id}" rows="6" maxlength="{maxLength}"{Required(required)}{Invalid(error)}{described}>{value}</textarea>
            </div>
            """);
    }

    public static HtmlContent TextInput(string id, string label, string? hint, string value, string? error, bool required, string type = "text", string? inputMode = null)
    {
        var described = DescribedBy(id, hint, error);
        var mode = inputMode is null ? HtmlContent.Empty : Html.Of($" inputmode=\"{inputMode}\"");
        return Html.Of($"""
            <div class="field">
            <label for="{id}">{label}</label>
            {Hint(id, hint)}{Error(id, error)}<input type="{type}" id="{id}" name="{id}" value="{value}"{mode}{Required(required)}{Invalid(error)}{described}>
            </div>
            """);
    }

    /// <summary>A radio group; the first option's id is the group's name, so the error summary can link to it.</summary>
    public static HtmlContent Radios(string name, string legend, string? hint, IReadOnlyList<Choice> choices, string selected, string? error, bool required)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var options = choices.Select((choice, index) =>
        {
            var id = index == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}-{index + 1}");
            var check = string.Equals(choice.Value, selected, StringComparison.Ordinal) ? HtmlContent.TrustedMarkup(" checked") : HtmlContent.Empty;
            var optionHint = choice.Hint is null
                ? HtmlContent.Empty
                : Html.Of($"<span class=\"hint\" id=\"{id}-hint\">{choice.Hint}</span>");
            var describedBy = choice.Hint is null ? HtmlContent.Empty : Html.Of($" aria-describedby=\"{id}-hint\"");
            return Html.Of($"""
                <div class="choice"><input type="radio" id="{id}" name="{name}" value="{choice.Value}"{check}{Required(required && index == 0)}{describedBy}><label for="{id}">{choice.Label}{optionHint}</label></div>
                """);
        });
        var described = DescribedBy(name, hint, error);
        return Html.Of($"""
            <fieldset{described}>
            <legend>{legend}</legend>
            {Hint(name, hint)}{Error(name, error)}{Html.Join(options)}
            </fieldset>
            """);
    }

    public static HtmlContent Select(string id, string label, string? hint, IReadOnlyList<Choice> choices, string selected, string? error, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var options = choices.Select(choice => Html.Of($"<option value=\"{choice.Value}\"{(string.Equals(choice.Value, selected, StringComparison.Ordinal) ? HtmlContent.TrustedMarkup(" selected") : HtmlContent.Empty)}>{choice.Label}</option>"));
        var described = DescribedBy(id, hint, error);
        return Html.Of($"""
            <div class="field">
            <label for="{id}">{label}</label>
            {Hint(id, hint)}{Error(id, error)}<select id="{id}" name="{id}"{Invalid(error)}{described}><option value="">{placeholder}</option>{Html.Join(options)}</select>
            </div>
            """);
    }

    public static HtmlContent File(string id, string label, string? hint, string? error, string accept)
    {
        var described = DescribedBy(id, hint, error);
        return Html.Of($"""
            <div class="field">
            <label for="{id}">{label}</label>
            {Hint(id, hint)}{Error(id, error)}<input type="file" id="{id}" name="{id}" accept="{accept}"{Invalid(error)}{described}>
            </div>
            """);
    }

    /// <summary>One checkbox; its id is its name, so the error summary can link to it.</summary>
    public static HtmlContent Checkbox(string name, string value, string label, bool isChecked, string? error, bool required)
    {
        var check = isChecked ? HtmlContent.TrustedMarkup(" checked") : HtmlContent.Empty;
        var described = DescribedBy(name, null, error);
        return Html.Of($"""
            <div class="choice">{Error(name, error)}<input type="checkbox" id="{name}" name="{name}" value="{value}"{check}{Required(required)}{Invalid(error)}{described}><label for="{name}">{label}</label></div>
            """);
    }

    /// <summary>A group of checkboxes of one name, under a legend; the first box's id is the group's name.</summary>
    public static HtmlContent Checkboxes(string name, string legend, string? hint, IReadOnlyList<Choice> choices, IReadOnlyCollection<string> selected)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(selected);
        var boxes = choices.Select((choice, index) =>
        {
            var id = index == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}-{index + 1}");
            var check = selected.Contains(choice.Value) ? HtmlContent.TrustedMarkup(" checked") : HtmlContent.Empty;
            return Html.Of($"""
                <div class="choice"><input type="checkbox" id="{id}" name="{name}" value="{choice.Value}"{check}><label for="{id}">{choice.Label}</label></div>
                """);
        });
        var described = DescribedBy(name, hint, null);
        return Html.Of($"""
            <fieldset{described}>
            <legend>{legend}</legend>
            {Hint(name, hint)}{Html.Join(boxes)}
            </fieldset>
            """);
    }

    public static HtmlContent Hidden(string name, string value) => Html.Of($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">");

    public static HtmlContent Submit(string text, string? name = null, string? value = null, string? css = null)
    {
        var named = name is null ? HtmlContent.Empty : Html.Of($" name=\"{name}\" value=\"{value ?? string.Empty}\"");
        var cssClass = css is null ? HtmlContent.Empty : Html.Of($" class=\"{css}\"");
        return Html.Of($"<button type=\"submit\"{named}{cssClass}>{text}</button>");
    }

    /// <summary>The summary at the top of a page with errors: focusable, announced, each error a link to its field.</summary>
    public static HtmlContent ErrorSummary(string title, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            return HtmlContent.Empty;
        }

        var items = errors.Select(error => Html.Of($"<li><a href=\"#{error.Field}\">{error.Message}</a></li>"));
        return Html.Of($"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{title}</h2>
            <ul>{Html.Join(items)}</ul>
            </div>
            """);
    }

    /// <summary>Label–value pairs; rows without a value are left out.</summary>
    public static HtmlContent Facts(IEnumerable<(string Label, HtmlContent? Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Where(row => row.Value is { Value.Length: > 0 })
            .Select(row => Html.Of($"<dt>{row.Label}</dt><dd>{row.Value}</dd>"));
        return Html.Of($"<dl class=\"facts\">{Html.Join(shown)}</dl>");
    }

    public static HtmlContent Paragraph(string text) => Html.Of($"<p>{text}</p>");

    public static HtmlContent Notice(string text) => Html.Of($"<p class=\"notice\">{text}</p>");

    private static HtmlContent Hint(string id, string? hint) =>
        hint is null ? HtmlContent.Empty : Html.Of($"<p class=\"hint\" id=\"{id}-hint\">{hint}</p>");

    private static HtmlContent Error(string id, string? error) =>
        error is null ? HtmlContent.Empty : Html.Of($"<p class=\"field-error\" id=\"{id}-error\">{error}</p>");

    private static HtmlContent Required(bool required) => required ? HtmlContent.TrustedMarkup(" required") : HtmlContent.Empty;

    private static HtmlContent Invalid(string? error) => error is null ? HtmlContent.Empty : HtmlContent.TrustedMarkup(" aria-invalid=\"true\"");

    private static HtmlContent DescribedBy(string id, string? hint, string? error)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add(id + "-hint");
        }

        if (error is not null)
        {
            ids.Add(id + "-error");
        }

        return ids.Count == 0 ? HtmlContent.Empty : Html.Of($" aria-describedby=\"{string.Join(' ', ids)}\"");
    }
}
