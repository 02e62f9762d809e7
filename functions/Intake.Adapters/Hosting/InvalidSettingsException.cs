namespace Intake.Adapters.Hosting;

/// <summary>
/// Settings the host does not start with: one line per wrong setting, each naming its key and what
/// is expected, never a value that could be a secret.
/// </summary>
public sealed class InvalidSettingsException : InvalidOperationException
{
    public InvalidSettingsException(IEnumerable<string> failures, Exception? innerException = null)
        : this([.. (failures ?? []).Distinct(StringComparer.Ordinal)], innerException)
    {
    }

    private InvalidSettingsException(IReadOnlyList<string> failures, Exception? innerException)
        : base(Describe(failures), innerException) => Failures = failures;

    /// <summary>Each wrong setting's message, once (a section another depends on can fail twice).</summary>
    public IReadOnlyList<string> Failures { get; }

    private static string Describe(IReadOnlyList<string> failures) =>
        $"Intake does not start: {(failures.Count == 1 ? "a setting is" : $"{failures.Count} settings are")} wrong." + Environment.NewLine
        + string.Join(Environment.NewLine, failures.Select(failure => "- " + failure));
}
