namespace Intake.Integration.Tests.Cli;

public sealed class DueCommandErrorTests
{
    [Theory]
    [InlineData("--received must be an ISO 8601 date and time with an offset", "due", "--received", "2027-03-05T10:00")]
    [InlineData("--received must be an ISO 8601 date and time with an offset", "due", "--received", "5.3.2027 10:00 +02:00")]
    [InlineData("--received must be an ISO 8601 date and time with an offset", "due", "--received", "2027-02-30T10:00+02:00")]
    [InlineData("'--received' is required", "due")]
    [InlineData("--received", "due", "--received")]
    [InlineData("--calendar must be one of EE, FI, FI-ACT150; got 'SE'", "due", "--received", "2027-03-05T10:00+02:00", "--calendar", "SE")]
    [InlineData("--clock-policy must be runs or paused-until-verified", "due", "--received", "2027-03-05T10:00+02:00", "--clock-policy", "paused")]
    [InlineData("--time-zone must be an IANA time zone id", "due", "--received", "2027-03-05T10:00+02:00", "--time-zone", "Mars/Olympus")]
    [InlineData("--verified must be an ISO 8601 date and time with an offset", "due", "--received", "2027-03-05T10:00+02:00", "--verified", "2027-03-06")]
    [InlineData("--bogus", "due", "--received", "2027-03-05T10:00+02:00", "--bogus")]
    public async Task A_bad_or_missing_argument_prints_one_line_and_exits_2(string expected, params string[] args)
    {
        var run = await CommandLineRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
