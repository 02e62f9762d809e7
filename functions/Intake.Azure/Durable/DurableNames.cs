namespace Intake.Azure.Durable;

/// <summary>
/// Names shared by the orchestrator, its activities and the client. They are part of every running
/// instance's history: renaming one strands the instances that recorded the old name.
/// </summary>
public static class DurableNames
{
    /// <summary>The activity that carries out one effect.</summary>
    public const string RunEffect = "RunEffect";

    /// <summary>The activity that writes the read model and appends to the audit trail.</summary>
    public const string PublishRequest = "PublishRequest";

    /// <summary>The external event that carries a command to a request's instance.</summary>
    public const string CommandEvent = "command";
}
