using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Encodings.Web;
using System.Text.Json;
using Intake.Core.Calendars;
using Intake.Core.Deadlines;

namespace Intake.Local.Cli;

/// <summary>
/// <c>due</c>: computes the statutory dates of a request received at a given instant and prints
/// them as JSON with their explanation, so staff can check a date without running the host.
/// </summary>
public static class DueCommand
{
    public const string Name = "due";

    private const string Helsinki = "Europe/Helsinki";
    private const string Tallinn = "Europe/Tallinn";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Printed to a terminal, not embedded in HTML: keep apostrophes and dashes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var received = new Option<DateTimeOffset>("--received")
        {
            Description = $"When the request was received: ISO 8601 with an offset, e.g. {IsoInstant.Example}.",
            HelpName = "instant",
            Required = true,
            CustomParser = result => ParseInstant(result, "--received"),
        };
        var calendar = new Option<string>("--calendar")
        {
            Description = "Non-working-day calendar.",
            HelpName = string.Join('|', HolidayCalendars.Codes),
            DefaultValueFactory = _ => "FI",
            CustomParser = ParseCalendar,
        };
        var clockPolicy = new Option<ClockPolicy>("--clock-policy")
        {
            // No default factory: absent means default(ClockPolicy), which is Runs, and help would
            // otherwise print the enum's C# name instead of the word users type.
            Description = $"Whether identity checks pause the clock. [default: {ClockPolicyNames.Runs}]",
            HelpName = string.Join('|', ClockPolicyNames.All),
            CustomParser = ParseClockPolicy,
        };
        var verified = new Option<DateTimeOffset?>("--verified")
        {
            Description = $"When identity was verified: ISO 8601 with an offset. Moves the clock only under {ClockPolicyNames.PausedUntilVerified}.",
            HelpName = "instant",
            CustomParser = result => ParseInstant(result, "--verified"),
        };
        var timeZone = new Option<string?>("--time-zone")
        {
            Description = $"IANA zone in which receipt is judged. [default: {Helsinki} for FI calendars, {Tallinn} for EE]",
            HelpName = "zone",
            CustomParser = ParseTimeZone,
        };

        var command = new Command(Name, "Compute the due date, extended due date and extension-notice cut-off of a request.")
        {
            received,
            calendar,
            clockPolicy,
            verified,
            timeZone,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var calendarCode = parse.GetRequiredValue(calendar);
            var policy = new DeadlinePolicy(
                calendarCode,
                parse.GetValue(timeZone) ?? HomeZone(calendarCode),
                parse.GetValue(clockPolicy));
            var calculation = StatutoryClock.Compute(parse.GetValue(received), policy, parse.GetValue(verified));

            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(JsonSerializer.Serialize(DueReport.From(calculation), Json).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The zone of the country whose calendar is used, when none is given.</summary>
    private static string HomeZone(string calendarCode) =>
        calendarCode.StartsWith("EE", StringComparison.OrdinalIgnoreCase) ? Tallinn : Helsinki;

    private static DateTimeOffset ParseInstant(ArgumentResult result, string option)
    {
        var text = SingleToken(result);
        if (IsoInstant.TryParse(text, out var instant))
        {
            return instant;
        }

        result.AddError($"{option} must be an ISO 8601 date and time with an offset, such as {IsoInstant.Example}; got '{text}'.");
        return default;
    }

    private static string ParseCalendar(ArgumentResult result)
    {
        var text = SingleToken(result);
        if (HolidayCalendars.TryGet(text, out var calendar))
        {
            return calendar.Code;
        }

        result.AddError($"--calendar must be one of {string.Join(", ", HolidayCalendars.Codes)}; got '{text}'.");
        return string.Empty;
    }

    private static ClockPolicy ParseClockPolicy(ArgumentResult result)
    {
        var text = SingleToken(result);
        if (ClockPolicyNames.TryParse(text, out var policy))
        {
            return policy;
        }

        result.AddError($"--clock-policy must be {string.Join(" or ", ClockPolicyNames.All)}; got '{text}'.");
        return default;
    }

    private static string? ParseTimeZone(ArgumentResult result)
    {
        var text = SingleToken(result);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return zone.Id;
        }

        result.AddError($"--time-zone must be an IANA time zone id such as {Helsinki}; got '{text}'.");
        return null;
    }

    private static string SingleToken(ArgumentResult result) =>
        result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
}
