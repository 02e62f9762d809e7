using System.Globalization;
using Intake.Azure.Azurite;
using Intake.Azure.Engine;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>Settings only the local host has: its engine and the Azurite it may start (<c>Engine:*</c>, <c>Azurite:*</c>).</summary>
public static class LocalSettings
{
    public static EngineOptions Engine(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Engine");
        var defaults = new EngineOptions();
        return new EngineOptions
        {
            EffectAttempts = (int)Number(section, "EffectAttempts", defaults.EffectAttempts),
            EffectLease = TimeSpan.FromSeconds(Number(section, "EffectLeaseSeconds", defaults.EffectLease.TotalSeconds)),
            RecoveryDelay = TimeSpan.FromSeconds(Number(section, "RecoverySeconds", defaults.RecoveryDelay.TotalSeconds)),
            WorkerConcurrency = (int)Number(section, "WorkerConcurrency", defaults.WorkerConcurrency),
            ScanInterval = TimeSpan.FromMilliseconds(Number(section, "ScanIntervalMilliseconds", defaults.ScanInterval.TotalMilliseconds)),
            PollInterval = TimeSpan.FromMilliseconds(Number(section, "PollIntervalMilliseconds", defaults.PollInterval.TotalMilliseconds)),
            RetryDelay = TimeSpan.FromSeconds(Number(section, "RetryDelaySeconds", defaults.RetryDelay.TotalSeconds)),
        };
    }

    public static AzuriteOptions Azurite(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new AzuriteOptions();
        var section = configuration.GetSection("Azurite");
        options.ToolsPath = section["ToolsPath"] is { Length: > 0 } tools ? tools : options.ToolsPath;
        options.DataPath = section["DataPath"] is { Length: > 0 } data ? data : options.DataPath;
        options.InMemory = bool.TryParse(section["InMemory"], out var memory) && memory;
        options.BlobPort = (int)Number(section, "BlobPort", 0);
        options.QueuePort = (int)Number(section, "QueuePort", 0);
        options.TablePort = (int)Number(section, "TablePort", 0);
        return options;
    }

    /// <summary>The folder the local host keeps its own files in (signing key, sample data): beside Azurite's data.</summary>
    public static string DataFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Intake:DataPath"] is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".intake");
    }

    private static double Number(IConfiguration section, string key, double fallback) =>
        section[key] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new InvalidOperationException($"Configuration {((IConfigurationSection)section).Path}:{key} = '{text}' is not valid: expected a non-negative number.")
            : fallback;
}
