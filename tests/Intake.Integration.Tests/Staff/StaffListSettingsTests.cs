using Intake.Web.Hosting;
using Intake.Web.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Integration.Tests.Staff;

/// <summary>The list's settings are checked when the host starts, one clear error per wrong value.</summary>
public sealed class StaffListSettingsTests
{
    [Fact]
    public void Defaults_refresh_after_five_seconds_and_never_show_a_copy_older_than_thirty()
    {
        var options = Validated([]).GetRequiredService<RequestListCacheOptions>();

        Assert.Equal(TimeSpan.FromSeconds(5), options.Freshness);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxAge);
        Assert.Equal(TimeSpan.FromMinutes(15), options.FullReadEvery);
    }

    [Fact]
    public void A_maximum_age_below_the_refresh_interval_is_raised_to_it()
    {
        var options = Validated(new() { ["Staff:ListCacheSeconds"] = "60", ["Staff:ListMaxAgeSeconds"] = "10" }).GetRequiredService<RequestListCacheOptions>();

        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxAge);
    }

    [Theory]
    [InlineData("Staff:ListCacheSeconds", "-1")]
    [InlineData("Staff:ListMaxAgeSeconds", "100000")]
    [InlineData("Staff:ListFullReadMinutes", "0")]
    public void An_out_of_range_value_stops_the_start_and_names_the_setting(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validated(new() { [key] = value }));

        Assert.Contains(key, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_no_number_stops_the_start_with_the_same_message_as_one_out_of_range()
    {
        var notANumber = Assert.Throws<OptionsValidationException>(() => Validated(new() { ["Staff:ListCacheSeconds"] = "soon" }));
        var outOfRange = Assert.Throws<OptionsValidationException>(() => Validated(new() { ["Staff:ListCacheSeconds"] = "-1" }));

        Assert.Equal("Staff:ListCacheSeconds must be a number of seconds from 0 to 3600.", Assert.Single(notANumber.Failures));
        Assert.Equal(notANumber.Failures, outOfRange.Failures);
    }

    [Fact]
    public void Two_wrong_values_are_both_named()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validated(new() { ["Staff:ListCacheSeconds"] = "-5", ["Staff:ListFullReadMinutes"] = "99999" }));

        Assert.Equal(2, error.Failures.Count());
    }

    /// <summary>The services as a host would build them, after the checks a host runs at start.</summary>
    private static ServiceProvider Validated(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddLogging().AddLinkWeb(configuration).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
