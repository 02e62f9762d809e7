using System.Globalization;
using Intake.Azure.Azurite;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>Settings only the local host has: the Azurite it may start (<c>Azurite:*</c>) and its own data folder. The engine's are in <see cref="Engine.EngineSettings"/>.</summary>
public static class LocalSettings
{
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
