namespace Intake.Adapters.Sources;

/// <summary>
/// A source cannot run because configuration is missing (a connection string or signing key) or
/// names a kind without a connector. Retrying cannot help, so the runner reports it at once.
/// </summary>
public sealed class SourceConfigurationException : Exception
{
    public SourceConfigurationException()
    {
    }

    public SourceConfigurationException(string message)
        : base(message)
    {
    }

    public SourceConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
