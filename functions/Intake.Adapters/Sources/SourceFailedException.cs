using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// A source job failed for good: retries were exhausted or configuration is missing. The message
/// names the source, the action, the attempts and the last error (never the person's data), so
/// staff can fix the cause and retry the step.
/// </summary>
public sealed class SourceFailedException : Exception
{
    public SourceFailedException()
    {
        SourceId = string.Empty;
    }

    public SourceFailedException(string message)
        : base(message)
    {
        SourceId = string.Empty;
    }

    public SourceFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceId = string.Empty;
    }

    public SourceFailedException(string sourceId, SourceAction action, int attempts, Exception lastError)
        : base(Describe(sourceId, action, attempts, lastError), lastError)
    {
        SourceId = sourceId;
        Action = action;
        Attempts = attempts;
    }

    public string SourceId { get; }

    public SourceAction Action { get; }

    public int Attempts { get; }

    private static string Describe(string sourceId, SourceAction action, int attempts, Exception lastError)
    {
        ArgumentNullException.ThrowIfNull(lastError);
        var cause = lastError is Polly.Timeout.TimeoutRejectedException
            ? "timed out"
            : lastError.GetType().Name + ": " + lastError.Message;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Source {sourceId} could not {action} after {attempts} attempt(s); last error: {cause}");
    }
}
