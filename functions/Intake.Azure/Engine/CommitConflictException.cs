namespace Intake.Azure.Engine;

/// <summary>Someone else changed the request since it was read; read again and decide again.</summary>
public sealed class CommitConflictException : Exception
{
    public CommitConflictException()
    {
    }

    public CommitConflictException(string message)
        : base(message)
    {
    }

    public CommitConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
