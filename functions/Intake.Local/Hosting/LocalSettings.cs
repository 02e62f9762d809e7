using Intake.Local.Azurite;
using Intake.Adapters.Hosting;
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
        options.BlobPort = (int)IntakeSettings.Number(section, "BlobPort", 0);
        options.QueuePort = (int)IntakeSettings.Number(section, "QueuePort", 0);
        options.TablePort = (int)IntakeSettings.Number(section, "TablePort", 0);
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
}
