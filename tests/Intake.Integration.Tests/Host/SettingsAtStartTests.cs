using System.Security.Cryptography;
using Intake.Adapters.Downloads;
using Intake.Adapters.Hosting;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Local.Engine;
using Intake.Local.Hosting;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Intake.Web.Hosting;
using Intake.Web.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Host;

/// <summary>
/// Every settings section is bound with the options pattern and checked when the host is built:
/// a wrong value stops it with one message that names the full key and what is expected, and all
/// wrong values are reported together. The host is built, not started, so no storage is needed.
/// </summary>
public sealed class SettingsAtStartTests
{
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>One wrong value for each section (and for each kind of rule: a range, a value that does not convert, a name, a rule across fields).</summary>
    public static TheoryData<string, string> WrongValues { get; } = new()
    {
        { "Process:VerificationLinkHours", "-1" },
        { "Process:MaxVerificationLinks", "2.5" },
        { "Process:RequireExportRelease", "yes" },
        { "Process:ApprovalRequiredFor", "access,acess" },
        { "Process:Reminders", "soon" },
        { "Process:ClockPolicy", "sometimes" },
        { "Contact:HandledRetentionDays", "a month" },
        { "Links:StaffDays", "-3" },
        { "Links:StaffOverviewHours", "0" },
        { "Intake:PublicBaseUrl", "ftp://intake.example/" },
        { "Intake:StaffLanguage", "de" },
        { "Downloads:SasMinutes", "11" },
        { "Downloads:LinkDays", "a week" },
        { "Storage:Prefix", "Test_" },
        { "Storage:AccountName", "Not An Account" },
        { "Storage:ClientId", "my-identity" },
        { "Tokens:RevokedKeys", "k2099" },
        { "SendGrid:TimeoutSeconds", "0" },
        { "Intake:Sources:CallbackUri", "callbacks/sources" },
        { "Intake:Sources:RetryDelay", "two seconds" },
        { "Intake:Evidence:ContainerName", "Evidence_Blobs" },
        { "Intake:Exports:ParallelSources", "0" },
        { "Web:PostsPerMinute", "-1" },
        { "Staff:AllowedGroup", "privacy-team" },
        { "Staff:RequireSignIn", "maybe" },
        { "Staff:ListFullReadMinutes", "0" },
        { "Engine:CommandWaitSeconds", "-1" },
        { "Engine:PartitionCount", "17" },
        { "Engine:UseTablePartitionManagement", "maybe" },
        { "Engine:ControlQueueBatchSize", "33" },
        { "Engine:ControlQueueBufferThreshold", "0" },
        { "Engine:ExtendedSessions", "maybe" },
        { "Engine:ExtendedSessionIdleSeconds", "0" },
        { "Engine:PartitionTableTimeoutSeconds", "0" },
        { "Outbox:TableName", "1outbox" },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_wrong_value_stops_the_start_with_one_message_naming_its_key(string key, string value)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Build(new() { [key] = value }));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith(key + " ", failure, StringComparison.Ordinal);
        Assert.Contains(failure, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_value_is_reported_in_the_same_error()
    {
        var all = WrongValues.ToDictionary(row => (string)row[0], row => (string?)row[1]);

        var error = Assert.Throws<InvalidSettingsException>(() => Build(all));

        Assert.Equal(all.Count, error.Failures.Count);
        Assert.All(all.Keys, key => Assert.Single(error.Failures, failure => failure.StartsWith(key + " ", StringComparison.Ordinal)));
        Assert.Equal(all.Count + 1, error.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void Two_wrong_values_of_two_sections_are_both_reported_each_on_its_own_line()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Build(new()
        {
            ["Process:VerificationLinkHours"] = "soon",
            ["Engine:PartitionCount"] = "0",
        }));

        Assert.Equal(2, error.Failures.Count);
        Assert.Contains("Process:VerificationLinkHours must be a number of hours from 0 to 876000.", error.Failures);
        Assert.Contains("Engine:PartitionCount must be a whole number from 1 to 16.", error.Failures);
        Assert.StartsWith("Intake does not start: 2 settings are wrong.", error.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "- Engine:PartitionCount must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_wrong_values_of_one_section_are_both_reported()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Build(new()
        {
            ["Links:StaffDays"] = "a month",
            ["Links:StatusDays"] = "-1",
        }));

        Assert.Equal(2, error.Failures.Count);
        Assert.Contains("Links:StaffDays must be a number of days from 0 to 36500.", error.Failures);
        Assert.Contains("Links:StatusDays must be a number of days from 0 to 36500.", error.Failures);
    }

    [Fact]
    public void The_link_keys_problems_are_reported_with_the_other_settings()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => Build(new()
        {
            ["Tokens:SigningKey"] = null,
            ["Tokens:Keys:k2026"] = Convert.ToBase64String(new byte[16]),
            ["Process:RetentionYears"] = "1000",
        }));

        Assert.Equal(2, error.Failures.Count);
        Assert.Contains("Tokens:Keys:k2026 must be at least 32 bytes (256 bits) once decoded.", error.Failures);
        Assert.Contains("Process:RetentionYears must be a whole number of years from 0 to 100.", error.Failures);
    }

    [Fact]
    public void No_secret_is_repeated_in_the_error()
    {
        var shortKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var error = Assert.Throws<InvalidSettingsException>(() => Build(new()
        {
            ["SendGrid:ApiKey"] = "SG.very-secret-key",
            ["SendGrid:Host"] = "ftp://user:hunter2@sink.example",
            ["Tokens:Keys:short"] = shortKey,
            ["Inbound:SendGridSecret"] = "inbound-secret",
            ["Storage:AccountName"] = "no such account",
        }));

        Assert.Contains(error.Failures, failure => failure.StartsWith("SendGrid:FromEmail ", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("SendGrid:Host ", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("Tokens:Keys:short ", StringComparison.Ordinal));
        foreach (var secret in new[] { "very-secret-key", "hunter2", shortKey, SigningKey, "inbound-secret", "no such account" })
        {
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_settings_the_values_are_the_documented_defaults()
    {
        await using var app = Build([]);
        var services = app.Services;

        var intake = services.GetRequiredService<IntakeOptions>();
        Assert.Equal(ProcessPolicy.Default with { ApprovalRequiredFor = intake.Policy.ApprovalRequiredFor }, intake.Policy);
        Assert.Equal(ProcessPolicy.Default.ApprovalRequiredFor, intake.Policy.ApprovalRequiredFor);
        Assert.Equal(Intake.Core.Deadlines.ClockPolicy.Runs, intake.ClockPolicy);
        Assert.Equal(TimeSpan.FromDays(365), intake.RepeatWindow);

        var links = services.GetRequiredService<LinkOptions>();
        Assert.Equal(new Uri("http://localhost:7071/"), links.PublicBaseUrl);
        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromHours(12), TimeSpan.FromDays(400), TimeSpan.FromDays(30)), (links.StaffLinkLifetime, links.OverviewLinkLifetime, links.StatusLinkLifetime, links.AnswerLinkLifetime));
        Assert.Equal(Language.Fi, links.StaffLanguage);

        var downloads = services.GetRequiredService<DownloadOptions>();
        Assert.Equal((7.0, 10.0), (downloads.LinkDays, downloads.SasMinutes));
        Assert.Equal(new EngineSettings(), services.GetRequiredService<EngineSettings>() with { HistoryRetention = HistoryRetention.Default, Gateway = new ProcessGatewayOptions() });
        Assert.Equal(HistoryRetention.Default, services.GetRequiredService<HistoryRetention>());
        Assert.Equal(new ProcessGatewayOptions(), services.GetRequiredService<ProcessGatewayOptions>());
        var web = services.GetRequiredService<PersonWebOptions>();
        Assert.Equal((10, 5, (string?)null, (string?)null), (web.PostsPerMinute, web.RequestsPerAddressPerHour, web.InboundSecret, web.InboundDefaultController));
        Assert.Equal(StaffSignInOptions.Off, services.GetRequiredService<StaffSignInOptions>());
    }

    [Fact]
    public async Task Configured_values_reach_the_services()
    {
        var group = Guid.NewGuid();
        await using var app = Build(new()
        {
            ["Process:VerificationLinkHours"] = "0.5",
            ["Process:ApprovalRequiredFor"] = "none",
            ["Process:ClockPolicy"] = "paused-until-verified",
            ["Downloads:LinkDays"] = "3",
            ["Links:StaffOverviewHours"] = "2",
            ["Intake:StaffLanguage"] = "sv-FI",
            ["Inbound:Addresses:Privacy@Clerica.Example"] = " clerica ",
            ["Staff:RequireSignIn"] = "true",
            ["Staff:AllowedGroup"] = group.ToString(),
            ["Engine:PartitionCount"] = "4",
            ["Engine:SubmitWaitSeconds"] = "0",
        });
        var services = app.Services;

        var policy = services.GetRequiredService<IntakeOptions>();
        Assert.Equal(TimeSpan.FromMinutes(30), policy.Policy.VerificationLinkLifetime);
        Assert.Empty(policy.Policy.ApprovalRequiredFor);
        Assert.Equal(Intake.Core.Deadlines.ClockPolicy.PausedUntilVerified, policy.ClockPolicy);
        Assert.Equal(TimeSpan.FromDays(3), policy.Policy.DownloadLinkLifetime);
        Assert.Equal(3, services.GetRequiredService<DownloadOptions>().LinkDays);
        Assert.Equal(TimeSpan.FromHours(2), services.GetRequiredService<LinkOptions>().OverviewLinkLifetime);
        Assert.Equal(Language.Sv, services.GetRequiredService<LinkOptions>().StaffLanguage);
        Assert.Equal("clerica", services.GetRequiredService<PersonWebOptions>().InboundAddresses["privacy@clerica.example"]);
        Assert.Equal(new StaffSignInOptions { RequireSignIn = true, AllowedGroup = group }, services.GetRequiredService<StaffSignInOptions>());
        Assert.Equal(4, services.GetRequiredService<EngineSettings>().PartitionCount);
        Assert.Equal(TimeSpan.Zero, services.GetRequiredService<ProcessGatewayOptions>().SubmitWait);
    }

    [Fact]
    public void The_settings_read_before_the_host_is_built_are_checked_with_the_same_rules()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Azurite:BlobPort"] = "70000",
            ["Azurite:InMemory"] = "sometimes",
            ["Links:AnswerDays"] = "-1",
            ["Intake:PublicBaseUrl"] = "intake.example",
        }).Build();

        var azurite = Assert.Throws<InvalidSettingsException>(() => LocalSettings.Azurite(configuration));
        var links = Assert.Throws<InvalidSettingsException>(() => LocalSettings.Links(configuration));

        Assert.Equal(["Azurite:InMemory must be true or false.", "Azurite:BlobPort must be a port from 1 to 65535, or 0 for a free one."], azurite.Failures);
        Assert.Equal(["Links:AnswerDays must be a number of days from 0 to 36500.", "Intake:PublicBaseUrl must be an absolute http(s) URL."], links.Failures);
    }

    /// <summary>The local host as the server builds it, with storage and a link key given so that only the settings under test are wrong.</summary>
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = LocalApp.CreateBuilder([]);
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = "UseDevelopmentStorage=true",
            ["Tokens:SigningKey"] = SigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        return LocalApp.Build(builder);
    }
}
