using System.Net;
using FsCheck;
using FsCheck.Xunit;
using Intake.Templates.Rendering;

namespace Intake.Core.Tests.Rendering;

/// <summary>The encoder every page, mail and report.html goes through, seen through rendering as Razor does it.</summary>
public sealed class MarkupOnlyEncoderTests
{
    [Fact]
    public void Markup_characters_are_escaped() =>
        Assert.Equal(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;OÜ&quot;",
            Text("<script>alert('x')</script> & \"OÜ\""));

    [Fact]
    public void Letters_plus_euro_and_emoji_stay_characters() =>
        Assert.Equal("Meikäläinen +358 40 123 4567, 12 € 😀", Text("Meikäläinen +358 40 123 4567, 12 € 😀"));

    [Fact]
    public void A_quote_cannot_end_an_attribute() =>
        Assert.Equal("<abbr title=\"a&quot; onclick=&quot;x() &#39;ä&#39;\"></abbr>", Attribute("a\" onclick=\"x() 'ä'"));

    [Property(MaxTest = 300)]
    public bool Any_text_is_given_back_by_decoding(NonNull<string> text) =>
        WebUtility.HtmlDecode(Text(text.Get)) == text.Get;

    [Property(MaxTest = 300)]
    public bool No_bracket_of_a_text_is_left_as_markup(NonNull<string> before, NonNull<string> after) =>
        !Text(before.Get + "<" + after.Get).Contains('<', StringComparison.Ordinal);

    [Property(MaxTest = 300)]
    public bool Any_attribute_value_stays_inside_its_quotes(NonNull<string> text)
    {
        var html = Attribute(text.Get);
        var value = html["<abbr title=\"".Length..^"\"></abbr>".Length];

        return html.StartsWith("<abbr title=\"", StringComparison.Ordinal)
            && html.EndsWith("\"></abbr>", StringComparison.Ordinal)
            && !value.AsSpan().ContainsAny("<>\"'")
            && WebUtility.HtmlDecode(value) == text.Get;
    }

    private static string Text(string text) =>
        HtmlDocument.Render<TextProbe>(new Dictionary<string, object?> { [nameof(TextProbe.Text)] = text });

    private static string Attribute(string text) =>
        HtmlDocument.Render<AttributeProbe>(new Dictionary<string, object?> { [nameof(AttributeProbe.Text)] = text });
}
