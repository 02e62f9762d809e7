namespace Intake.Local.Azurite;

/// <summary>Azurite could not be installed or started; the message says what to do, in one line.</summary>
public sealed class AzuriteUnavailableException : Exception
{
    public AzuriteUnavailableException()
    {
    }

    public AzuriteUnavailableException(string message)
        : base(message)
    {
    }

    public AzuriteUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
