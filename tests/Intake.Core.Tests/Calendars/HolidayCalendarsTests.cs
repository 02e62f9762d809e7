using Intake.Core.Calendars;

namespace Intake.Core.Tests.Calendars;

public sealed class HolidayCalendarsTests
{
    [Fact]
    public void Three_calendars_are_known()
    {
        Assert.Equal(["EE", "FI", "FI-ACT150"], HolidayCalendars.Codes);
    }

    [Theory]
    [InlineData("FI", "FI")]
    [InlineData("fi", "FI")]
    [InlineData("fi-act150", "FI-ACT150")]
    [InlineData("EE", "EE")]
    public void Codes_are_found_whatever_their_case(string asked, string code)
    {
        Assert.True(HolidayCalendars.TryGet(asked, out var calendar));
        Assert.Equal(code, calendar.Code);
        Assert.Equal(code, HolidayCalendars.Get(asked).Code);
    }

    [Fact]
    public void Each_calendar_names_its_legal_list()
    {
        Assert.Contains("1182/71", HolidayCalendars.Get("FI").Name, StringComparison.Ordinal);
        Assert.Contains("150/1930", HolidayCalendars.Get("FI-ACT150").Name, StringComparison.Ordinal);
        Assert.Contains("Estonia", HolidayCalendars.Get("EE").Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_refused_with_the_known_codes_listed()
    {
        Assert.False(HolidayCalendars.TryGet("SE", out _));
        var error = Assert.Throws<ArgumentException>(() => HolidayCalendars.Get("SE"));
        Assert.Contains("EE, FI, FI-ACT150", error.Message, StringComparison.Ordinal);
    }
}
