using System.Globalization;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Microsoft.Extensions.Configuration;

namespace Intake.Orchestration;

/// <summary>
/// The settings of the process's client side that both hosts read the same way (<c>Engine:*</c>):
/// how long a sender waits for the process, and how long ended instances' histories are kept.
/// </summary>
public static class ProcessSettings
{
    public static ProcessGatewayOptions Gateway(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Engine");
        var defaults = new ProcessGatewayOptions();
        return new ProcessGatewayOptions
        {
            CommandWait = TimeSpan.FromSeconds(Number(section, "CommandWaitSeconds", defaults.CommandWait.TotalSeconds)),
            SubmitWait = TimeSpan.FromSeconds(Number(section, "SubmitWaitSeconds", defaults.SubmitWait.TotalSeconds)),
        };
    }

    public static HistoryRetention HistoryRetention(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Engine");
        return new HistoryRetention(
            TimeSpan.FromDays(Number(section, "CompletedHistoryDays", Retention.HistoryRetention.Default.Completed.TotalDays)),
            TimeSpan.FromDays(Number(section, "EndedHistoryDays", Retention.HistoryRetention.Default.FailedOrTerminated.TotalDays)));
    }

    /// <summary>A number setting within bounds, or the fallback when unset; a wrong value stops the host with the key named.</summary>
    public static double Number(IConfigurationSection section, string key, double fallback, double min = 0, double max = double.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section[key] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw new InvalidOperationException($"Configuration {section.Path}:{key} = '{text}' is not valid: expected {(max == double.MaxValue ? $"a number of at least {min}" : $"a number from {min} to {max}")}.")
            : fallback;
    }
}
