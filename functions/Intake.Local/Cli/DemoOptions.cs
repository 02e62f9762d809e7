namespace Intake.Local.Cli;

/// <summary>What the demo runs against and where it saves the export.</summary>
public sealed record DemoOptions
{
    /// <summary>The sample controller asked: Clewer, whose analytics source is searched by hand, shows a manual task too.</summary>
    public string Controller { get; init; } = "clewer";

    /// <summary>Where the downloaded ZIP is saved: the working directory unless given.</summary>
    public string OutputFolder { get; init; } = WorkingDirectory();

    /// <summary>How long one wait for mail may take before the step fails.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The folder the command was typed in. <c>dotnet run</c> starts a web project in the project's
    /// folder, but the shell's <c>PWD</c> still names where the person is.
    /// </summary>
    private static string WorkingDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Directory.Exists(shell)
            ? shell
            : Directory.GetCurrentDirectory();
}
