using FsCheck.Xunit;
using Intake.Core.DataControllers;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class SuppressionKeyTests
{
    private static readonly ControllerId Clewer = new("clewer");

    [Fact]
    public void Same_address_typed_differently_gives_the_same_key() =>
        Assert.Equal(
            SuppressionKey.For(Clewer, "maija.meikalainen@example.com"),
            SuppressionKey.For(Clewer, "  Maija.Meikalainen@EXAMPLE.com "));

    [Fact]
    public void Key_is_versioned_and_never_contains_the_address()
    {
        var key = SuppressionKey.For(Clewer, "maija.meikalainen@example.com");

        Assert.StartsWith("v1-", key, StringComparison.Ordinal);
        Assert.Equal(3 + 64, key.Length);
        Assert.DoesNotContain("maija", key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Keys_of_two_controllers_differ_so_lists_cannot_be_joined() =>
        Assert.NotEqual(
            SuppressionKey.For(Clewer, "maija.meikalainen@example.com"),
            SuppressionKey.For(new ControllerId("clerica"), "maija.meikalainen@example.com"));

    [Property]
    public bool Distinct_normalized_addresses_get_distinct_keys(string a, string b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) || SuppressionKey.Normalize(a) == SuppressionKey.Normalize(b))
        {
            return true;
        }

        return SuppressionKey.For(Clewer, a) != SuppressionKey.For(Clewer, b);
    }
}
