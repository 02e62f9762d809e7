namespace Intake.Azure.Durable;

/// <summary>How an activity call ended: its output (JSON text, or null), or why its last try failed.</summary>
public sealed record ActivityResult(string? Output, string? Failure)
{
    /// <summary>
    /// Failure text is kept in the request state and mailed to staff with the retry link; stack
    /// traces stay in the engine's own logs, and an overlong message is cut.
    /// </summary>
    public const int MaxFailureLength = 1000;

    public bool IsFailed => Failure is not null;

    public static ActivityResult Completed(string? output) => new(output, null);

    /// <summary>A failure as staff read it: the exception's short type name and its message.</summary>
    public static ActivityResult Failed(string? errorType, string? errorMessage)
    {
        var type = string.IsNullOrEmpty(errorType) ? "Error" : errorType[(errorType.LastIndexOf('.') + 1)..];
        var text = $"{type}: {errorMessage}";
        return new(null, text.Length > MaxFailureLength ? text[..MaxFailureLength] : text);
    }
}
