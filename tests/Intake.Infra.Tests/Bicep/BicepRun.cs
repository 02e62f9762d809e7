namespace Intake.Infra.Tests.Bicep;

/// <summary>What one run of the Bicep CLI returned.</summary>
public sealed record BicepRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Every warning or error line Bicep printed, in its <c>file(line,col) : Warning code: text</c>
    /// form. Bicep exits with 0 even when it prints warnings, so the exit code alone proves little.
    /// </summary>
    public IReadOnlyList<string> Diagnostics { get; } =
        (StandardOutput + "\n" + StandardError)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(" : Warning ", StringComparison.Ordinal)
                || line.Contains(" : Error ", StringComparison.Ordinal))
            .ToList();

    public bool IsClean => ExitCode == 0 && Diagnostics.Count == 0;

    /// <summary>The whole run, for a failure message.</summary>
    public string Describe() =>
        $"$ {Command}\nexit code {ExitCode}\n--- stderr ---\n{StandardError}\n--- diagnostics ---\n{string.Join('\n', Diagnostics)}";
}
