using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Intake.Adapters.Downloads;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;

namespace Intake.Adapters.Settings;

/// <summary>
/// Configuration section <c>Process</c>: the policy every new request is opened with. The defaults
/// are the ones a careful privacy officer would pick; every key is listed in the README. Upper
/// bounds are generous (a century) and only keep a typo from overflowing a time span.
/// </summary>
public sealed class ProcessSettings : IValidatableObject
{
    public const string SectionName = "Process";

    [Range(0, 876_000, ErrorMessage = "{0} must be a number of hours from 0 to 876000.")]
    public double VerificationLinkHours { get; set; } = 72;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double CloseUnverifiedDays { get; set; } = 14;

    [Range(0, int.MaxValue, ErrorMessage = "{0} must be a whole number, 0 or more.")]
    public int MaxVerificationLinks { get; set; } = 5;

    /// <summary>Request type wire names, comma-separated, or <c>none</c>; unset means every type.</summary>
    public string? ApprovalRequiredFor { get; set; }

    public bool RequireExportRelease { get; set; }

    [Range(0, 100, ErrorMessage = "{0} must be a whole number of years from 0 to 100.")]
    public int RetentionYears { get; set; } = 3;

    /// <summary>A retention in days instead of years (demonstrations and tests).</summary>
    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double? RetentionDays { get; set; }

    /// <summary>Days before the due date and <c>overdue</c>, e.g. <c>7,2,overdue</c>.</summary>
    public string? Reminders { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "{0} must be a whole number, 0 or more.")]
    public int EffectAttempts { get; set; } = 5;

    [Range(0, 86_400, ErrorMessage = "{0} must be a number of seconds from 0 to 86400.")]
    public double EffectRetrySeconds { get; set; } = 2;

    [Range(0, int.MaxValue, ErrorMessage = "{0} must be a whole number, 0 or more.")]
    public int SourceAttempts { get; set; } = 3;

    [Range(0, 10_080, ErrorMessage = "{0} must be a number of minutes from 0 to 10080.")]
    public double SourceRetryMinutes { get; set; } = 2;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double SourceCallbackDays { get; set; } = 7;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double AgentNoticeDays { get; set; } = 5;

    /// <summary><c>runs</c> or <c>paused-until-verified</c>; unset means it runs.</summary>
    public string? ClockPolicy { get; set; }

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double RepeatWindowDays { get; set; } = 365;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryApprovalTypes(out _, out var unknown))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(ApprovalRequiredFor)} names '{unknown}', which is no request type: expected request type wire names (access, erasure, …) or none.",
                [nameof(ApprovalRequiredFor)]);
        }

        if (!string.IsNullOrWhiteSpace(Reminders) && !ReminderSchedule.TryParse(Reminders, out _))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Reminders)} must be days before the due date and 'overdue', e.g. 7,2,overdue.",
                [nameof(Reminders)]);
        }

        if (!string.IsNullOrWhiteSpace(ClockPolicy) && !ClockPolicyNames.TryParse(ClockPolicy, out _))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(ClockPolicy)} must be {string.Join(" or ", ClockPolicyNames.All)}.",
                [nameof(ClockPolicy)]);
        }
    }

    /// <summary>What the intake service and the process use; the download link's and the handled contact's lifetimes come from their own sections.</summary>
    public IntakeOptions ToIntakeOptions(DownloadOptions downloads, ContactSettings contact)
    {
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(contact);
        TryApprovalTypes(out var approval, out _);
        var policy = new ProcessPolicy
        {
            VerificationLinkLifetime = TimeSpan.FromHours(VerificationLinkHours),
            CloseUnverifiedAfter = TimeSpan.FromDays(CloseUnverifiedDays),
            MaxVerificationLinks = MaxVerificationLinks,
            ApprovalRequiredFor = approval,
            RequireExportRelease = RequireExportRelease,
            DownloadLinkLifetime = TimeSpan.FromDays(downloads.LinkDays),
            RetentionYears = RetentionYears,
            RetentionTime = RetentionDays is { } days ? TimeSpan.FromDays(days) : null,
            Reminders = string.IsNullOrWhiteSpace(Reminders) || !ReminderSchedule.TryParse(Reminders, out var schedule) ? ReminderSchedule.Default : schedule,
            EffectAttempts = EffectAttempts,
            EffectRetryDelay = TimeSpan.FromSeconds(EffectRetrySeconds),
            SourceAttempts = SourceAttempts,
            SourceRetryDelay = TimeSpan.FromMinutes(SourceRetryMinutes),
            SourceCallbackTimeout = TimeSpan.FromDays(SourceCallbackDays),
            SubjectNoticePeriod = TimeSpan.FromDays(AgentNoticeDays),
            HandledContactRetention = TimeSpan.FromDays(contact.HandledRetentionDays),
        };
        return new IntakeOptions
        {
            Policy = policy,
            ClockPolicy = ClockPolicyNames.TryParse(ClockPolicy, out var clock) ? clock : Core.Deadlines.ClockPolicy.Runs,
            RepeatWindow = TimeSpan.FromDays(RepeatWindowDays),
        };
    }

    private bool TryApprovalTypes(out ImmutableSortedSet<RequestType> types, out string? unknown)
    {
        unknown = null;
        types = ProcessPolicy.Default.ApprovalRequiredFor;
        if (string.IsNullOrWhiteSpace(ApprovalRequiredFor))
        {
            return true;
        }

        if (string.Equals(ApprovalRequiredFor.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            types = [];
            return true;
        }

        var parsed = new List<RequestType>();
        foreach (var part in ApprovalRequiredFor.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RequestTypeFacts.TryParseWireName(part, out var type))
            {
                unknown = part;
                return false;
            }

            parsed.Add(type);
        }

        types = [.. parsed];
        return true;
    }
}
