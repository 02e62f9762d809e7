using Intake.Web.Inbound;

namespace Intake.Integration.Tests.Inbound;

public sealed class HtmlMailTextTests
{
    [Theory]
    [InlineData("<p>Hei</p><p>Poistakaa tietoni.</p>", "Hei\n\nPoistakaa tietoni.")]
    [InlineData("Rivi 1<br>Rivi 2<br/>Rivi 3", "Rivi 1\nRivi 2\nRivi 3")]
    [InlineData("<div>a</div><div>b</div>", "a\nb")]
    [InlineData("<ul><li>yksi</li><li>kaksi</li></ul>", "- yksi\n- kaksi")]
    [InlineData("&auml;&ouml;&aring; &amp; &lt;b&gt; &#228;&#xF6;", "äöå & <b> äö")]
    [InlineData("word&nbsp;&nbsp;spaced   out\n text", "word spaced out text")]
    [InlineData("<pre>  two\n    lines</pre>", "  two\n    lines")]
    [InlineData("<ul><li>a</li></ul><p>b</p>", "- a\n\nb")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Html_becomes_plain_text_with_its_line_structure(string? html, string expected) =>
        Assert.Equal(expected, HtmlMailText.ToPlainText(html));

    [Theory]
    [InlineData("<script>alert('x')</script>Hei")]
    [InlineData("<style>body{color:red}</style>Hei")]
    [InlineData("<head><title>Otsikko</title></head><body>Hei</body>")]
    [InlineData("<!-- piilotettu -->Hei")]
    [InlineData("<img src=x onerror=alert(1)>Hei")]
    [InlineData("<a href=\"javascript:alert(1)\">Hei</a>")]
    [InlineData("<iframe src=\"https://evil.example.com\">fallback</iframe>Hei")]
    public void Scripts_styles_and_markup_leave_nothing_behind(string html) =>
        Assert.Equal("Hei", HtmlMailText.ToPlainText(html));

    [Fact]
    public void Blockquotes_become_quoted_lines()
    {
        var text = HtmlMailText.ToPlainText("<p>Kyllä.</p><blockquote>Vahvista pyyntösi.<blockquote>Vanhempi</blockquote></blockquote>");

        Assert.Equal("Kyllä.\n\n> Vahvista pyyntösi.\n> > Vanhempi", text);
    }

    [Fact]
    public void Unclosed_tags_and_stray_brackets_do_not_break_the_text()
    {
        Assert.Equal("a < b and c > d", HtmlMailText.ToPlainText("<div>a < b and c > d"));
    }
}
