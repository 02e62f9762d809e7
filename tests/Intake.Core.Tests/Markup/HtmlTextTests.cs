using Intake.Core.Markup;

namespace Intake.Core.Tests.Markup;

public sealed class HtmlTextTests
{
    [Fact]
    public void Markup_characters_are_escaped_and_letters_stay_readable() =>
        Assert.Equal("Meikäläinen &lt;b&gt; &amp; &quot;OÜ&quot; &#39;x&#39;", HtmlText.Escape("Meikäläinen <b> & \"OÜ\" 'x'"));

    [Fact]
    public void Null_becomes_empty() => Assert.Equal(string.Empty, HtmlText.Escape(null));
}
