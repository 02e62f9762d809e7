using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Intake.Web.Pages;

/// <summary>
/// A piece of HTML that is safe to write into a page. Built with <see cref="Html.Of"/>, whose
/// interpolation holes encode every string: text typed by a person can never become markup.
/// Only other <see cref="HtmlContent"/> values are inserted as they are.
/// </summary>
public sealed class HtmlContent
{
    private HtmlContent(string value) => Value = value;

    public static HtmlContent Empty { get; } = new(string.Empty);

    public string Value { get; }

    /// <summary>Markup written by us, never from input. The name makes every use easy to find and review.</summary>
    public static HtmlContent TrustedMarkup(string markup) => new(markup);

    public static HtmlContent Join(IEnumerable<HtmlContent> parts) => new(string.Concat(parts.Select(part => part.Value)));

    public override string ToString() => Value;
}

/// <summary>Builds <see cref="HtmlContent"/> with encoding by default.</summary>
public static class Html
{
    public static HtmlContent Of([InterpolatedStringHandlerArgument] ref HtmlInterpolation html) => html.ToContent();

    public static HtmlContent Text(string? text) => HtmlContent.TrustedMarkup(HtmlEncoder.Default.Encode(text ?? string.Empty));

    public static HtmlContent Join(IEnumerable<HtmlContent> parts) => HtmlContent.Join(parts);

    /// <summary>Multi-line text as paragraphs-safe HTML: encoded, line breaks kept.</summary>
    public static HtmlContent Lines(string? text) =>
        HtmlContent.TrustedMarkup(string.Join("<br>", (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(HtmlEncoder.Default.Encode)));
}

/// <summary>The interpolated string handler behind <see cref="Html.Of"/>: literals pass, holes are encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private readonly StringBuilder builder;

    public HtmlInterpolation(int literalLength, int formattedCount)
    {
        builder = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public readonly void AppendLiteral(string value) => builder.Append(value);

    public readonly void AppendFormatted(HtmlContent? value) => builder.Append(value?.Value);

    public readonly void AppendFormatted(IEnumerable<HtmlContent> values)
    {
        foreach (var value in values)
        {
            builder.Append(value.Value);
        }
    }

    public readonly void AppendFormatted(string? value) => builder.Append(HtmlEncoder.Default.Encode(value ?? string.Empty));

    public readonly void AppendFormatted<T>(T value) =>
        builder.Append(HtmlEncoder.Default.Encode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));

    internal readonly HtmlContent ToContent() => HtmlContent.TrustedMarkup(builder.ToString());
}
