using Intake.Core.DataMaps;

namespace Intake.Core.Tests.DataMaps;

public sealed class BusinessIdTests
{
    [Theory]
    [InlineData("1449135-7")]
    [InlineData("2372046-5")]
    public void Business_ids_of_the_sample_controllers_are_valid(string id) =>
        Assert.True(BusinessId.IsValidFinnish(id));

    [Theory]
    [InlineData("1449135-8")]
    [InlineData("2372046-4")]
    [InlineData("14491357")]
    [InlineData("1449135-")]
    [InlineData("A449135-7")]
    public void Wrong_check_digit_or_shape_is_refused(string id) =>
        Assert.False(BusinessId.IsValidFinnish(id));
}
