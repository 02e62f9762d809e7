namespace Intake.Orchestration.Client;

/// <summary>How long the gateway waits for the process before it answers a person with "received, in progress".</summary>
public sealed record ProcessGatewayOptions
{
    /// <summary>
    /// How long a command's sender waits for its outcome. A staff click or a verification is
    /// decided in well under a second; a command that waits behind a long export is answered
    /// "received" and takes effect when the export is done.
    /// </summary>
    public TimeSpan CommandWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a submission waits for the request record to appear, so the page that answers it
    /// (and any link followed at once) finds the request. Zero answers as soon as the instance is
    /// started: the fastest intake under a burst.
    /// </summary>
    public TimeSpan SubmitWait { get; init; } = TimeSpan.FromSeconds(5);
}
