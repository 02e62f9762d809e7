using System.Diagnostics;

namespace Intake.Bench.FanOut;

/// <summary>When one request's sources ran and its export began, as stopwatch timestamps.</summary>
public sealed class SourceTimeline
{
    private readonly TaskCompletionSource<long> export = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();

    public long? FirstSourceStart { get; private set; }

    public long? LastSourceEnd { get; private set; }

    /// <summary>Completes with the timestamp at which the export effect started.</summary>
    public Task<long> Export => export.Task;

    public void SourceStarted()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            FirstSourceStart ??= now;
        }
    }

    public void SourceEnded()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            LastSourceEnd = Math.Max(LastSourceEnd ?? now, now);
        }
    }

    public void ExportStarted() => export.TrySetResult(Stopwatch.GetTimestamp());
}
