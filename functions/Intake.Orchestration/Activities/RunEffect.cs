using System.Diagnostics;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Records;
using Intake.Core.Serialization;
using Intake.Orchestration.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Intake.Orchestration.Activities;

/// <summary>
/// <see cref="ProcessNames.RunEffect"/>: reads the request's state from its record, carries out the
/// effect and hands back the command that records its result (or null). A throw is the engine's to
/// retry by <see cref="ProcessRetries.Effects"/>; the executor is idempotent by effect id, so a
/// repeated run acts once.
/// </summary>
public sealed partial class RunEffect(IEffectExecutor executor, IRequestRecords records, ILogger<RunEffect> logger) : TaskActivity<string, string?>
{
    public override Task<string?> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>The activity's work, for a host that binds activities itself (Azure Functions).</summary>
    public async Task<string?> ExecuteAsync(string input, CancellationToken cancellationToken)
    {
        var call = EffectCall.Read(input);
        var record = await records.LoadAsync(call.Request, cancellationToken);
        if (record is null)
        {
            // The record was purged meanwhile: there is no one left to act for.
            return null;
        }

        // The record holds at least the version the effect was decided at — except for the purge,
        // whose own events are never written (the record is about to go).
        if (record.State.Version < call.Version && call.Effect is not PurgeRecord)
        {
            throw new InvalidOperationException($"The record of {call.Request} holds version {record.State.Version}; effect {call.Effect.Id} was decided at version {call.Version}.");
        }

        var kind = call.Effect.GetType().Name;
        using var activity = IntakeTelemetry.Source.StartActivity("intake.effect");
        activity?.SetTag("intake.request", call.Request.Value);
        activity?.SetTag("intake.effect", kind);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await executor.ExecuteAsync(record.State, call.Effect, cancellationToken);
            IntakeTelemetry.EffectDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("effect", kind));
            IntakeTelemetry.Effects.Add(1, new KeyValuePair<string, object?>("effect", kind), new KeyValuePair<string, object?>("outcome", "done"));
            return result is null ? null : IntakeJson.Serialize<RequestCommand>(result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            IntakeTelemetry.Effects.Add(1, new KeyValuePair<string, object?>("effect", kind), new KeyValuePair<string, object?>("outcome", "failed"));
            LogFailed(logger, call.Request.Value, call.Effect.Id, e.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effect {EffectId} of {RequestId} failed ({Error}); the engine retries it by policy")]
    private static partial void LogFailed(ILogger logger, string requestId, string effectId, string error);
}
