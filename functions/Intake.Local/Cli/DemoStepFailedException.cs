namespace Intake.Local.Cli;

/// <summary>A step of the demo did not do what it should; the message says which and why.</summary>
public sealed class DemoStepFailedException : Exception
{
    public DemoStepFailedException()
    {
    }

    public DemoStepFailedException(string message)
        : base(message)
    {
    }

    public DemoStepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
