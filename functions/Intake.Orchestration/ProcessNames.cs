namespace Intake.Orchestration;

/// <summary>
/// The names the engine knows the process by. They are written into every running instance's
/// history: renaming one strands the instances that recorded the old name, so they never change.
/// </summary>
public static class ProcessNames
{
    /// <summary>The orchestrator: one instance per request, its instance id the request reference.</summary>
    public const string Orchestrator = "RequestProcess";

    /// <summary>The activity that carries out one effect.</summary>
    public const string RunEffect = "RunEffect";

    /// <summary>The activity that appends events to the request record (state for pages, audit chain, spent links).</summary>
    public const string PublishRequest = "PublishRequest";

    /// <summary>The one external event an instance waits for: a command in a <see cref="CommandEnvelope"/>.</summary>
    public const string CommandEvent = "command";
}
