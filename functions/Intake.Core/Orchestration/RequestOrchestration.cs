using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Orchestration;

/// <summary>
/// The request's life on a durable engine, written once against
/// <see cref="IRequestOrchestrationContext"/>: run the pending effects (all at once), feed their
/// results back to the decider, publish the state, then wait for a command or the next timer.
/// After <see cref="CyclesBeforeContinueAsNew"/> waits it continues as new, so the history of a
/// request that lives for months stays short.
/// </summary>
public static class RequestOrchestration
{
    /// <summary>Waits per history before continuing as new.</summary>
    public const int CyclesBeforeContinueAsNew = 20;

    public static async Task<RequestState> RunAsync(IRequestOrchestrationContext context, RequestOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var state = input.State;
        var pending = new List<Effect>();
        var unpublished = new List<RequestEvent>();
        Rejection? lastRejection = null;

        if (input.Submit is { } submit)
        {
            var opened = RequestDecider.Decide(state, submit);
            if (!opened.IsAccepted)
            {
                await context.PublishAsync(state, [], opened.Rejection);
                return state;
            }

            state = RequestDecider.Apply(state, opened);
            unpublished.AddRange(opened.Events);
            pending.AddRange(opened.Effects);
        }

        for (var cycle = 0; ; cycle++)
        {
            while (pending.Count > 0)
            {
                var outcomes = await context.RunEffectsAsync(state, pending.ToList());
                pending.Clear();
                foreach (var outcome in outcomes)
                {
                    var result = outcome.Failure is null
                        ? outcome.Result
                        : new ParkEffect(context.Now, Actor.System, outcome.Effect, outcome.Failure);
                    if (result is null)
                    {
                        continue;
                    }

                    var decided = RequestDecider.Decide(state, result);
                    if (decided.IsAccepted)
                    {
                        state = RequestDecider.Apply(state, decided);
                        unpublished.AddRange(decided.Events);
                        pending.AddRange(decided.Effects);
                    }
                }
            }

            await context.PublishAsync(state, unpublished.ToList(), lastRejection);
            unpublished.Clear();
            if (state.Stage == Stage.Purged)
            {
                return state;
            }

            if (cycle >= CyclesBeforeContinueAsNew)
            {
                context.ContinueAsNew(new RequestOrchestrationInput(state, null));
                return state;
            }

            var command = await context.WaitForCommandAsync(RequestTimers.NextWake(state))
                ?? new Tick(context.Now, Actor.System);
            var decision = RequestDecider.Decide(state, command);
            lastRejection = decision.Rejection;
            if (decision.IsAccepted)
            {
                state = RequestDecider.Apply(state, decision);
                unpublished.AddRange(decision.Events);
                pending.AddRange(decision.Effects);
            }
        }
    }
}
