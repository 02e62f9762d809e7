using System.ComponentModel.DataAnnotations;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;

namespace Intake.Orchestration;

/// <summary>
/// Configuration section <c>Engine</c>, the part both hosts read the same way: how long a sender
/// waits for the process, and how long ended instances' histories are kept. The local host's
/// engine tuning in the same section is its own (Intake.Local's <c>LocalEngineSettings</c>).
/// </summary>
public sealed class ProcessClientSettings
{
    public const string SectionName = "Engine";

    [Range(0, 3600, ErrorMessage = "{0} must be a number of seconds from 0 to 3600 (0 answers at once).")]
    public double CommandWaitSeconds { get; set; } = new ProcessGatewayOptions().CommandWait.TotalSeconds;

    [Range(0, 3600, ErrorMessage = "{0} must be a number of seconds from 0 to 3600 (0 answers at once).")]
    public double SubmitWaitSeconds { get; set; } = new ProcessGatewayOptions().SubmitWait.TotalSeconds;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double CompletedHistoryDays { get; set; } = HistoryRetention.Default.Completed.TotalDays;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double EndedHistoryDays { get; set; } = HistoryRetention.Default.FailedOrTerminated.TotalDays;

    public ProcessGatewayOptions ToGatewayOptions() => new()
    {
        CommandWait = TimeSpan.FromSeconds(CommandWaitSeconds),
        SubmitWait = TimeSpan.FromSeconds(SubmitWaitSeconds),
    };

    public HistoryRetention ToHistoryRetention() => new(TimeSpan.FromDays(CompletedHistoryDays), TimeSpan.FromDays(EndedHistoryDays));
}
