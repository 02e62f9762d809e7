using FsCheck;
using FsCheck.Xunit;
using Intake.Core.DataMaps;

namespace Intake.Core.Tests.DataMaps;

public sealed class PlainIdentifierTests
{
    [Theory]
    [InlineData("email", true)]
    [InlineData("_private", true)]
    [InlineData("customer_number2", true)]
    [InlineData("Email", true)]
    [InlineData("", false)]
    [InlineData("2fa", false)]
    [InlineData("e mail", false)]
    [InlineData("name\"", false)]
    [InlineData("a;b", false)]
    [InlineData("sähköposti", false)]
    public void Only_letters_digits_and_underscores_are_plain(string name, bool plain) =>
        Assert.Equal(plain, PlainIdentifier.IsValid(name));

    [Fact]
    public void Identifier_longer_than_postgres_allows_is_refused() =>
        Assert.False(PlainIdentifier.IsValid(new string('a', 64)));

    [Property]
    public bool Anything_with_a_quote_semicolon_or_space_is_never_plain(string prefix, string suffix, byte pick)
    {
        var dangerous = new[] { "\"", ";", " ", "'", "-", ")", "\n" }[pick % 7];
        return !PlainIdentifier.IsValid((prefix ?? string.Empty) + dangerous + (suffix ?? string.Empty));
    }

    [Property]
    public bool Quoting_a_plain_identifier_adds_exactly_two_quotes(NonEmptyString text)
    {
        var name = new string(text.Get.Where(char.IsAsciiLetter).ToArray());
        if (!PlainIdentifier.IsValid(name))
        {
            return true;
        }

        var quoted = PlainIdentifier.Quote(name);
        return quoted == "\"" + name + "\"" && quoted.Count(c => c == '"') == 2;
    }

    [Fact]
    public void Quoting_refuses_what_is_not_plain() =>
        Assert.Throws<ArgumentException>(() => PlainIdentifier.Quote("x\" OR 1=1 --"));
}
