namespace Intake.Local.Azurite;

/// <summary>Where Azurite is installed and keeps its data, and how it is started.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Version of the npm package installed on first use. 3.35.0 is the newest that declares support for Node.js 20.</summary>
    public string Version { get; set; } = "3.35.0";

    /// <summary>Folder holding <c>azurite/node_modules</c>. Default: <c>~/.intake/tools</c>, or the INTAKE_TOOLS variable.</summary>
    public string ToolsPath { get; set; } = DefaultToolsPath();

    /// <summary>Folder for Azurite's data. Default: <c>~/.intake/azurite</c>.</summary>
    public string DataPath { get; set; } = Path.Combine(HomeFolder(), ".intake", "azurite");

    /// <summary>Loopback address Azurite binds to.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Ports; zero picks a free port at start.</summary>
    public int BlobPort { get; set; }

    public int QueuePort { get; set; }

    public int TablePort { get; set; }

    /// <summary>Keep data in memory only (tests); <see cref="DataPath"/> is then unused.</summary>
    public bool InMemory { get; set; }

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public static string DefaultToolsPath() =>
        Environment.GetEnvironmentVariable("INTAKE_TOOLS") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(HomeFolder(), ".intake", "tools");

    private static string HomeFolder() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
