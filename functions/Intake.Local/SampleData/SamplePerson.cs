namespace Intake.Local.SampleData;

/// <summary>
/// The fictional person the demo and tests look up: found in several sources of both sample
/// controllers. Every address in the sample data is under example.com/.org (reserved for
/// documentation), and every name and number is made up.
/// </summary>
public static class SamplePerson
{
    public const string Name = "Maija Meikäläinen";
    public const string Email = "maija.meikalainen@example.com";
    public const string CustomerNumber = "C-1001";
    public const string Phone = "+358 40 000 0101";

    /// <summary>The day the sample data is written for: orders, feedback and retention are judged against it.</summary>
    public static DateTimeOffset Today { get; } = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(3));
}
