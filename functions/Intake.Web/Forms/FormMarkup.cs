using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Forms;

/// <summary>
/// The markup of form fields, written once: each input has a label tied to it, its hint and its
/// error are tied with <c>aria-describedby</c>, and an invalid field says so with
/// <c>aria-invalid</c>. Every value typed is encoded by <see cref="Html.Of"/>.
/// </summary>
public static class FormMarkup
{
    public static HtmlContent Input(FieldView field, FormTexts texts, string type = "text", string? autocomplete = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(texts);
        return Html.Of($"""
            <div class="field">
            {Label(field, texts)}{Hint(field)}{Error(field)}<input type="{type}" id="{field.Id}" name="{field.Name}" value="{field.Value}" maxlength="{field.MaxLength}"{Attributes(field, autocomplete)}>
            </div>
            """);
    }

    public static HtmlContent TextArea(FieldView field, FormTexts texts, int rows = 5)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(texts);
        return Html.Of($"""
            <div class="field">
            {Label(field, texts)}{Hint(field)}{Error(field)}<textarea id="{field.Id}" name="{field.Name}" rows="{rows}" maxlength="{field.MaxLength}"{Attributes(field, null)}>{field.Value}</textarea>
            </div>
            """);
    }

    /// <summary>The summary at the top of a form: a heading that takes focus order first, each error a link to its field.</summary>
    public static HtmlContent ErrorSummary(FormTexts texts, IReadOnlyList<FieldView> invalid)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(invalid);
        if (invalid.Count == 0)
        {
            return HtmlContent.Empty;
        }

        var items = invalid.Select(field => Html.Of($"""<li><a href="#{field.Id}">{field.Label}: {field.Error}</a></li>"""));
        return Html.Of($"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{texts.ErrorSummaryTitle}</h2>
            <ul>{items}</ul>
            </div>
            """);
    }

    /// <summary>The hidden antiforgery field; the matching cookie was set when the tokens were made.</summary>
    public static HtmlContent Antiforgery(AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    public static HtmlContent Label(FieldView field, FormTexts texts)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(texts);
        return Html.Of($"""<label for="{field.Id}">{field.Label}{(field.Optional ? Html.Of($" <span class=\"optional\">{texts.Optional}</span>") : HtmlContent.Empty)}</label>""");
    }

    public static HtmlContent Hint(FieldView field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Hint is null ? HtmlContent.Empty : Html.Of($"""<p class="hint" id="{field.HintId}">{field.Hint}</p>""");
    }

    public static HtmlContent Error(FieldView field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Error is null ? HtmlContent.Empty : Html.Of($"""<p class="field-error" id="{field.ErrorId}">{field.Error}</p>""");
    }

    /// <summary>The attributes every input shares: described-by, invalid, required, autocomplete.</summary>
    public static HtmlContent Attributes(FieldView field, string? autocomplete)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Html.Of($"""{(field.DescribedBy.Length == 0 ? HtmlContent.Empty : Html.Of($" aria-describedby=\"{field.DescribedBy}\""))}{(field.Error is null ? HtmlContent.Empty : HtmlContent.TrustedMarkup(" aria-invalid=\"true\""))}{(field.Required ? HtmlContent.TrustedMarkup(" required aria-required=\"true\"") : HtmlContent.Empty)}{(autocomplete is null ? HtmlContent.Empty : Html.Of($" autocomplete=\"{autocomplete}\""))}""");
    }
}
