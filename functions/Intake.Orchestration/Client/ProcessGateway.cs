using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Orchestration.Client;

/// <summary>
/// How the web layer of both hosts reaches the process. A submission starts the request's instance
/// (instance id = reference; an existing instance is never started again, so a retried submission
/// finds its request instead of a second one). A command is raised as an event and its sender waits
/// a moment for the outcome the instance writes into its status, so a staff click is answered
/// "approved" or "someone else decided first" — and "received" only when the request is busy.
/// The instance is the only writer of a request; the gateway reads the record.
/// </summary>
public sealed class ProcessGateway(IProcessClient client, IRequestRecords records, ProcessGatewayOptions options, TimeProvider time) : IRequestGateway
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    public async Task<GatewayResult> SubmitAsync(SubmitRequest command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);

        // The decider is pure: what it says here is what the instance will decide. A submission it
        // refuses is answered now, without an instance that would only end at once.
        var opening = RequestDecider.Decide(RequestState.Initial, command);
        if (opening.Rejection is { } rejection)
        {
            return GatewayResult.Rejected(rejection, null);
        }

        if (!await client.StartAsync(command.Id.Value, ProcessInput.Start(command).Write(), cancellationToken))
        {
            var existing = await records.LoadAsync(command.Id, cancellationToken);
            return GatewayResult.Rejected(new Rejection(RejectionCode.AlreadyExists, "This request already exists."), existing?.State);
        }

        var predicted = RequestDecider.Apply(RequestState.Initial, opening);
        var published = await PollAsync(options.SubmitWait, async () => (await records.LoadAsync(command.Id, cancellationToken))?.State, cancellationToken);
        return GatewayResult.Accepted(published ?? predicted);
    }

    public async Task<GatewayResult> SendAsync(RequestId id, RequestCommand command, LinkUse? link = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var instance = await client.GetAsync(id.Value, cancellationToken);
        if (instance is null)
        {
            return GatewayResult.Rejected(new Rejection(RejectionCode.NotFound, "There is no such request."), null);
        }

        if (instance.HasEnded)
        {
            // An ended instance drops events: say so instead of raising into nothing.
            return GatewayResult.Rejected(new Rejection(RejectionCode.Closed, "The request is closed."), null);
        }

        var envelope = new CommandEnvelope(Guid.NewGuid().ToString("N"), command, link?.TokenId);
        await client.RaiseAsync(id.Value, ProcessNames.CommandEvent, envelope.Write(), cancellationToken);
        var outcome = await PollAsync(options.CommandWait, async () => OutcomeOf(await client.GetAsync(id.Value, cancellationToken), envelope.Id), cancellationToken);
        return outcome switch
        {
            null => GatewayResult.Queued,
            { Result: CommandOutcome.LinkUsed } => GatewayResult.LinkAlreadyUsed,
            { Result: CommandOutcome.Rejected } => GatewayResult.Rejected(
                new Rejection(outcome.Code ?? RejectionCode.NotInThisStage, outcome.Message ?? "Refused."),
                (await records.LoadAsync(id, cancellationToken))?.State),
            _ when (await records.LoadAsync(id, cancellationToken))?.State is { } state => GatewayResult.Accepted(state),
            _ => GatewayResult.Queued,
        };
    }

    public async Task<RequestState?> FindAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var record = await records.LoadAsync(id, cancellationToken);
        return record?.State is { Stage: not Stage.Purged } state ? state : null;
    }

    private static CommandOutcome? OutcomeOf(ProcessInstance? instance, string commandId) =>
        ProcessStatus.TryRead(instance?.CustomStatus)?.Outcomes.LastOrDefault(outcome => outcome.Id == commandId);

    /// <summary>Asks until there is an answer or the time is up; the pause grows, so a slow step costs few reads.</summary>
    private async Task<T?> PollAsync<T>(TimeSpan patience, Func<Task<T?>> ask, CancellationToken cancellationToken)
        where T : class
    {
        if (patience <= TimeSpan.Zero)
        {
            return null;
        }

        var until = time.GetUtcNow() + patience;
        var pause = FirstPoll;
        while (true)
        {
            if (await ask() is { } answer)
            {
                return answer;
            }

            if (time.GetUtcNow() >= until)
            {
                return null;
            }

            await Task.Delay(pause, time, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(LongestPoll.Ticks, pause.Ticks * 2));
        }
    }
}
