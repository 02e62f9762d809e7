namespace Intake.Azure.Engine;

/// <summary>The single-use link in a commit had been consumed before; the commit did nothing.</summary>
public sealed class LinkAlreadyUsedException : Exception
{
    public LinkAlreadyUsedException()
    {
    }

    public LinkAlreadyUsedException(string message)
        : base(message)
    {
    }

    public LinkAlreadyUsedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
