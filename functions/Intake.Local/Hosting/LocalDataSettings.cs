namespace Intake.Local.Hosting;

/// <summary>
/// Configuration section <c>Intake</c>, the local host's part: the folder it keeps its own files in
/// (the generated signing key, the sample sources), beside Azurite's data by default.
/// </summary>
public sealed class LocalDataSettings
{
    public const string SectionName = "Intake";

    public string DataPath { get; set; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".intake");
}
