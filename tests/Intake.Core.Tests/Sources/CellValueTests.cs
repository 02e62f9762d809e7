using System.Globalization;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class CellValueTests
{
    [Theory]
    [InlineData("2025-11-20")]
    [InlineData("2025-11-20T13:45:00")]
    [InlineData("2025-11-20 13:45:00")]
    [InlineData("2025-11-20T13:45:00+02:00")]
    public void Dates_stored_as_text_are_read(string text)
    {
        Assert.True(CellValue.TryGetDate(text, out var date));
        Assert.Equal(new DateOnly(2025, 11, 20), date);
    }

    [Fact]
    public void Formatting_does_not_follow_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
        try
        {
            Assert.Equal("1890.5", CellValue.Format(1890.5m));
            Assert.Equal("2025-11-20", CellValue.Format(new DateOnly(2025, 11, 20)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(1L, true, true)]
    [InlineData(0L, false, true)]
    [InlineData("true", true, true)]
    [InlineData("0", false, true)]
    [InlineData(2L, true, false)]
    [InlineData("yes", false, false)]
    public void Booleans_stored_as_numbers_or_text_are_read(object value, bool expected, bool readable)
    {
        Assert.Equal(readable, CellValue.TryGetBool(value, out var result));
        if (readable)
        {
            Assert.Equal(expected, result);
        }
    }
}
