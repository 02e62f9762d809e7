namespace Intake.Local.Hosting;

/// <summary>Configuration section <c>Intake:SampleData</c>: whether the local host creates the fake sample sources behind the sample data maps, and where.</summary>
public sealed class SampleDataSettings
{
    public const string SectionName = "Intake:SampleData";

    public bool Enabled { get; set; } = true;

    /// <summary>Unset: <c>sample</c> in <see cref="LocalDataSettings.DataPath"/>.</summary>
    public string? Folder { get; set; }
}
