using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Core.Tests.Texts;

public sealed class TranslationsTests
{
    private static readonly Translations<string> Greeting = new("Hei", "Hej", "Hello", "Tere");

    [Theory]
    [InlineData(Language.Fi, "Hei")]
    [InlineData(Language.Sv, "Hej")]
    [InlineData(Language.En, "Hello")]
    [InlineData(Language.Et, "Tere")]
    public void Each_language_gets_its_own_table(Language language, string expected)
    {
        Assert.Equal(expected, Greeting.For(language));
    }

    [Fact]
    public void All_lists_every_language_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<Language>(), Greeting.All.Select(pair => pair.Key));
        Assert.Equal(["Hei", "Hej", "Hello", "Tere"], Greeting.All.Select(pair => pair.Value));
    }

    [Fact]
    public void A_missing_language_fails_at_construction_rather_than_falling_back()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new Translations<string>("Hei", "Hej", "Hello", null!));

        Assert.Equal("et", error.ParamName);
    }

    [Fact]
    public void A_language_outside_the_enum_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Greeting.For((Language)99));
    }
}
