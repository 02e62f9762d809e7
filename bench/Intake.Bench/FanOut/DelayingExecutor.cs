using System.Collections.Concurrent;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Bench.FanOut;

/// <summary>
/// An effect executor whose sources each take a fixed time and answer "exported", and which notes
/// when each request's sources run and when its export effect starts: the engine, its queue,
/// leases and commits are real; only the work inside the effects is simulated. Mails are taken as
/// sent.
/// </summary>
public sealed class DelayingExecutor(TimeSpan sourceDelay) : IEffectExecutor
{
    private readonly ConcurrentDictionary<RequestId, SourceTimeline> timelines = new();

    /// <summary>The timeline of <paramref name="request"/>; its export task completes when the export effect starts.</summary>
    public SourceTimeline Timeline(RequestId request) => timelines.GetOrAdd(request, _ => new SourceTimeline());

    public async Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (effect)
        {
            case RunSource run:
                var timeline = Timeline(state.Id);
                timeline.SourceStarted();
                await Task.Delay(sourceDelay, cancellationToken);
                timeline.SourceEnded();
                var now = DateTimeOffset.UtcNow;
                return new RecordSourceReceipt(now, Actor.System, new SourceReceipt(run.SourceId, run.Action, SourceOutcome.Exported, 1, 1, [], null, null, now));

            case AssembleExport:
                Timeline(state.Id).ExportStarted();
                return new RecordExport(DateTimeOffset.UtcNow, Actor.System, new ExportSummary($"{state.Id}/export.zip", 1, new string('0', 64), 1));

            default:
                return null;
        }
    }
}
