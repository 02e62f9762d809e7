using Intake.Templates.Rendering;
using Intake.Web.Fields;
using Intake.Web.Links;

namespace Intake.Integration.Tests.Fields;

/// <summary>The shared field components write the accessible markup every form relies on.</summary>
public sealed class FieldMarkupTests
{
    [Fact]
    public async Task A_field_in_error_is_invalid_and_described_by_its_hint_and_error()
    {
        var html = await HtmlDocument.RenderAsync<TextField>(new Dictionary<string, object?>
        {
            [nameof(TextField.Id)] = "email",
            [nameof(TextField.Label)] = "Sähköposti",
            [nameof(TextField.Hint)] = "Osoite, johon vastaamme",
            [nameof(TextField.Value)] = "\"><script>",
            [nameof(TextField.Error)] = "Tarkista osoite",
            [nameof(TextField.Required)] = true,
        });

        Assert.Contains("<label for=\"email\">Sähköposti</label>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\" id=\"email-hint\">Osoite, johon vastaamme</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"email-error\">Tarkista osoite</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains(" required ", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-hint email-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_field_carries_no_invalid_described_by_or_required_attribute()
    {
        var html = await HtmlDocument.RenderAsync<TextField>(new Dictionary<string, object?>
        {
            [nameof(TextField.Id)] = "phone",
            [nameof(TextField.Label)] = "Puhelin",
        });

        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby", html, StringComparison.Ordinal);
        Assert.DoesNotContain("required", html, StringComparison.Ordinal);
        Assert.DoesNotContain("inputmode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_radio_group_checks_the_selected_choice_and_names_its_first_option_after_the_group()
    {
        var html = await HtmlDocument.RenderAsync<RadioGroup>(new Dictionary<string, object?>
        {
            [nameof(RadioGroup.Name)] = "ground",
            [nameof(RadioGroup.Legend)] = "Peruste",
            [nameof(RadioGroup.Choices)] = new List<Choice> { new("a", "Ensimmäinen"), new("b", "Toinen", "Lisätieto") },
            [nameof(RadioGroup.Selected)] = "b",
            [nameof(RadioGroup.Required)] = true,
        });

        Assert.Contains("<input type=\"radio\" id=\"ground\" name=\"ground\" value=\"a\" required />", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" id=\"ground-2\" name=\"ground\" value=\"b\" checked aria-describedby=\"ground-2-hint\" />", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"ground-2\">Toinen<span class=\"hint\" id=\"ground-2-hint\">Lisätieto</span></label>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Peruste</legend>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_lines_keep_line_breaks_and_encode_every_line()
    {
        var html = await HtmlDocument.RenderAsync<TextLines>(new Dictionary<string, object?>
        {
            [nameof(TextLines.Text)] = "first <b>\r\nsecond & third",
        });

        Assert.Equal("first &lt;b&gt;<br>second &amp; third", html);
    }

    [Fact]
    public async Task An_error_summary_links_each_error_to_its_field_and_is_left_out_without_errors()
    {
        var html = await HtmlDocument.RenderAsync<ErrorSummary>(new Dictionary<string, object?>
        {
            [nameof(ErrorSummary.Title)] = "Korjaa nämä",
            [nameof(ErrorSummary.Errors)] = new List<FieldError> { new("email", "Tarkista osoite") },
        });
        var none = await HtmlDocument.RenderAsync<ErrorSummary>(new Dictionary<string, object?>
        {
            [nameof(ErrorSummary.Title)] = "Korjaa nämä",
            [nameof(ErrorSummary.Errors)] = new List<FieldError>(),
        });

        Assert.Contains("<li><a href=\"#email\">Tarkista osoite</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, none.Trim());
    }

    [Fact]
    public async Task A_text_area_keeps_a_leading_blank_line_the_html_parser_would_drop()
    {
        var html = await HtmlDocument.RenderAsync<TextAreaField>(new Dictionary<string, object?>
        {
            [nameof(TextAreaField.Id)] = "note",
            [nameof(TextAreaField.Label)] = "Muistiinpano",
            [nameof(TextAreaField.Value)] = "\nrivi",
            [nameof(TextAreaField.MaxLength)] = 100,
        });

        Assert.Contains(">\n\nrivi</textarea>", html, StringComparison.Ordinal);
    }
}
