using Intake.Core.DataMaps;

namespace Intake.Adapters.Sources;

/// <summary>The data maps could not be loaded at start-up; the message lists every error with file, line and field.</summary>
public sealed class DataMapException : Exception
{
    public DataMapException()
    {
        Errors = [];
    }

    public DataMapException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DataMapException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DataMapException(IReadOnlyList<DataMapError> errors)
        : base("The data maps are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<DataMapError> Errors { get; }
}
