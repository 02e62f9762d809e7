namespace Intake.Integration.Tests.Inbound;

/// <summary>The hand-written sample mails, copied next to the test assembly.</summary>
internal static class Samples
{
    public static FileStream Open(string name) =>
        File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Inbound", "Samples", name));

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Inbound", "Samples", name));
}
