using System.Globalization;
using Intake.Adapters.Downloads;
using Intake.Adapters.Effects;
using Intake.Adapters.Storage;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Microsoft.Extensions.Configuration;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Reads Intake's settings from configuration, with the defaults a careful privacy officer would
/// pick. Every key is listed in the README; a malformed value stops the host at start-up with the
/// key named, never silently falls back.
/// </summary>
public static class IntakeSettings
{
    /// <summary>
    /// <c>ConnectionStrings:Storage</c> wins; then an account for managed identity
    /// (<c>Storage:AccountName</c>, or the identity-based <c>AzureWebJobsStorage:accountName</c>);
    /// then the <c>AzureWebJobsStorage</c> connection string (as in local.settings).
    /// </summary>
    public static StorageOptions Storage(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dedicated = Value(configuration, "ConnectionStrings:Storage");
        var account = Value(configuration, "Storage:AccountName");
        return new StorageOptions
        {
            ConnectionString = dedicated ?? (account is null ? Value(configuration, "AzureWebJobsStorage") ?? Value(configuration, "Values:AzureWebJobsStorage") : null),
            AccountName = account ?? Value(configuration, "AzureWebJobsStorage:accountName"),
            ClientId = Value(configuration, "Storage:ClientId") ?? Value(configuration, "AzureWebJobsStorage:clientId"),
            Prefix = Value(configuration, "Storage:Prefix") ?? string.Empty,
        };
    }

    private static string? Value(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];

    public static IntakeOptions Intake(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var process = configuration.GetSection("Process");
        var policy = new ProcessPolicy
        {
            VerificationLinkLifetime = TimeSpan.FromHours(Number(process, "VerificationLinkHours", 72)),
            CloseUnverifiedAfter = TimeSpan.FromDays(Number(process, "CloseUnverifiedDays", 14)),
            MaxVerificationLinks = (int)Number(process, "MaxVerificationLinks", 5),
            ApprovalRequiredFor = ApprovalTypes(process["ApprovalRequiredFor"]),
            RequireExportRelease = Flag(process, "RequireExportRelease", false),
            DownloadLinkLifetime = TimeSpan.FromDays(Number(configuration.GetSection("Downloads"), "LinkDays", 7)),
            RetentionYears = (int)Number(process, "RetentionYears", 3),
            RetentionTime = process["RetentionDays"] is { Length: > 0 } ? TimeSpan.FromDays(Number(process, "RetentionDays", 0)) : null,
            Reminders = Reminders(process["Reminders"]),
            EffectAttempts = (int)Number(process, "EffectAttempts", 5),
            EffectRetryDelay = TimeSpan.FromSeconds(Number(process, "EffectRetrySeconds", 2)),
            SourceAttempts = (int)Number(process, "SourceAttempts", 3),
            SourceRetryDelay = TimeSpan.FromMinutes(Number(process, "SourceRetryMinutes", 2)),
            SourceCallbackTimeout = TimeSpan.FromDays(Number(process, "SourceCallbackDays", 7)),
            SubjectNoticePeriod = TimeSpan.FromDays(Number(process, "AgentNoticeDays", 5)),
            HandledContactRetention = TimeSpan.FromDays(Number(configuration.GetSection("Contact"), "HandledRetentionDays", 30)),
        };
        var clock = process["ClockPolicy"] is { Length: > 0 } text
            ? ClockPolicyNames.TryParse(text, out var parsed) ? parsed : throw Bad("Process:ClockPolicy", text, string.Join(" or ", ClockPolicyNames.All))
            : ClockPolicy.Runs;
        return new IntakeOptions
        {
            Policy = policy,
            ClockPolicy = clock,
            RepeatWindow = TimeSpan.FromDays(Number(process, "RepeatWindowDays", 365)),
        };
    }

    public static LinkOptions Links(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var links = configuration.GetSection("Links");
        var baseUrl = configuration["Intake:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:7071/";
        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            throw Bad("Intake:PublicBaseUrl", baseUrl, "an absolute http(s) URL");
        }

        var staffLanguage = configuration["Intake:StaffLanguage"] is { Length: > 0 } code
            ? LanguageCodes.TryParse(code, out var language) ? language : throw Bad("Intake:StaffLanguage", code, "fi, sv, en or et")
            : Language.Fi;
        var overviewHours = Number(links, "StaffOverviewHours", LinkOptions.DefaultOverviewLinkLifetime.TotalHours);
        if (overviewHours <= 0)
        {
            throw Bad("Links:StaffOverviewHours", overviewHours.ToString(CultureInfo.InvariantCulture), "a positive number of hours");
        }

        return new LinkOptions
        {
            PublicBaseUrl = parsed,
            StaffLinkLifetime = TimeSpan.FromDays(Number(links, "StaffDays", 30)),
            OverviewLinkLifetime = TimeSpan.FromHours(overviewHours),
            StatusLinkLifetime = TimeSpan.FromDays(Number(links, "StatusDays", 400)),
            AnswerLinkLifetime = TimeSpan.FromDays(Number(links, "AnswerDays", 30)),
            StaffLanguage = staffLanguage,
        };
    }

    public static DownloadOptions Downloads(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Downloads");
        var minutes = Number(section, "SasMinutes", DownloadOptions.MaxSasMinutes);
        if (minutes > DownloadOptions.MaxSasMinutes)
        {
            throw Bad("Downloads:SasMinutes", minutes.ToString(CultureInfo.InvariantCulture), $"at most {DownloadOptions.MaxSasMinutes}");
        }

        return new DownloadOptions { LinkDays = (int)Number(section, "LinkDays", 7), SasMinutes = minutes };
    }

    /// <summary>The keys links are signed and checked with (<see cref="LinkKeySettings"/>).</summary>
    public static LinkKeyRing LinkKeys(IConfiguration configuration) => LinkKeySettings.Read(configuration);

    private static System.Collections.Immutable.ImmutableSortedSet<RequestType> ApprovalTypes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ProcessPolicy.Default.ApprovalRequiredFor;
        }

        if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var types = new List<RequestType>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            types.Add(RequestTypeFacts.TryParseWireName(part, out var type) ? type : throw Bad("Process:ApprovalRequiredFor", part, "request type wire names (access, erasure, …) or none"));
        }

        return [.. types];
    }

    private static ReminderSchedule Reminders(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ReminderSchedule.Default
        : ReminderSchedule.TryParse(text, out var schedule) ? schedule
        : throw Bad("Process:Reminders", text, "days before the due date and 'overdue', e.g. 7,2,overdue");

    /// <summary>A non-negative number setting, or the fallback when unset; a wrong value stops the host with the key named.</summary>
    public static double Number(IConfiguration section, string key, double fallback)
    {
        ArgumentNullException.ThrowIfNull(section);
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Bad(Path(section, key), text, "a non-negative number");
    }

    private static bool Flag(IConfiguration section, string key, bool fallback)
    {
        var text = section[key];
        return string.IsNullOrWhiteSpace(text) ? fallback
            : bool.TryParse(text, out var value) ? value
            : throw Bad(Path(section, key), text, "true or false");
    }

    private static string Path(IConfiguration section, string key) => section is IConfigurationSection named ? $"{named.Path}:{key}" : key;

    private static InvalidOperationException Bad(string key, string value, string expected) =>
        new($"Configuration {key} = '{value}' is not valid: expected {expected}.");
}
