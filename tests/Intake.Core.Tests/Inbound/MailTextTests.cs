using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public sealed class MailTextTests
{
    [Theory]
    [InlineData("Tarkastuspyyntö\r\nBcc: victim@example.com", "Tarkastuspyyntö Bcc: victim@example.com")]
    [InlineData("Matti\nX-Evil: 1", "Matti X-Evil: 1")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("  tab\tand\0null  ", "tab and null")]
    [InlineData(null, "")]
    public void Single_line_text_turns_breaks_and_controls_into_single_spaces(string? input, string expected) =>
        Assert.Equal(expected, MailText.SingleLine(input));

    [Fact]
    public void A_body_keeps_its_lines_with_unix_breaks()
    {
        Assert.Equal("Hei,\n\npoistakaa tietoni.\nMatti", MailText.Body("Hei,\r\n\r\n\r\n\r\npoistakaa tietoni.   \r\nMatti\r\n"));
    }

    [Fact]
    public void A_body_drops_control_characters_and_turns_tabs_into_spaces()
    {
        Assert.Equal("a b c", MailText.Body("a\tb\u0007 c"));
    }

    [Theory]
    [InlineData("<abc@example.com>", "abc@example.com")]
    [InlineData(" <abc@\r\n example.com> ", "abc@example.com")]
    [InlineData("<>", null)]
    [InlineData(null, null)]
    public void Message_ids_lose_their_brackets(string? input, string? expected) =>
        Assert.Equal(expected, MailText.MessageId(input));
}
