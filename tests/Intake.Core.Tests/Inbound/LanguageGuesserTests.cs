using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("Hei, haluan tietää mitä tietoja teillä on minusta. Kiitos!", Language.Fi)]
    [InlineData("Pyydän poistamaan henkilötietoni rekisteristänne. Ystävällisin terveisin Matti", Language.Fi)]
    [InlineData("Hej, jag vill att ni tar bort mina personuppgifter. Tack på förhand!", Language.Sv)]
    [InlineData("Med vänliga hälsningar, jag begär ett registerutdrag enligt dataskyddsförordningen.", Language.Sv)]
    [InlineData("Dear team, I would like a copy of my personal data. Thank you.", Language.En)]
    [InlineData("Tere, palun kustutada minu isikuandmed. Lugupidamisega, Mari", Language.Et)]
    public void Mail_in_each_language_is_recognised(string text, Language expected)
    {
        var guess = LanguageGuesser.Guess(text);

        Assert.Equal(expected, guess.Language);
        Assert.True(guess.IsConfident);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("R-7K3M-9QX2-HP 2026")]
    public void Text_without_evidence_falls_back_to_finnish_without_confidence(string? text)
    {
        var guess = LanguageGuesser.Guess(text);

        Assert.Equal(LanguageGuesser.Fallback, guess.Language);
        Assert.False(guess.IsConfident);
    }

    [Fact]
    public void A_single_word_is_a_guess_without_confidence()
    {
        var guess = LanguageGuesser.Guess("Kiitos");

        Assert.Equal(Language.Fi, guess.Language);
        Assert.False(guess.IsConfident);
    }
}
