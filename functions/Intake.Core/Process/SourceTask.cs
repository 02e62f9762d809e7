using Intake.Core.Sources;

namespace Intake.Core.Process;

/// <summary>The state of one source's work for one request.</summary>
public sealed record SourceTask(
    string SourceId,
    SourceAction Action,
    SourceTaskStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? RetryAt,
    SourceReceipt? Receipt)
{
    /// <summary>Finished means the request no longer waits on this source.</summary>
    public bool IsFinished => Status == SourceTaskStatus.Finished;
}

/// <summary>Where one source's work stands.</summary>
public enum SourceTaskStatus
{
    /// <summary>Running, or queued to run.</summary>
    Running,

    /// <summary>Failed; will run again at <see cref="SourceTask.RetryAt"/>.</summary>
    RetryScheduled,

    /// <summary>Failed on every attempt; staff may retry or confirm by hand.</summary>
    Flagged,

    /// <summary>A manual source: staff confirm what they found or did.</summary>
    AwaitingStaff,

    /// <summary>Another system accepted the job and posts its receipt later (until <see cref="SourceTask.RetryAt"/>).</summary>
    AwaitingCallback,

    /// <summary>Done, with a receipt.</summary>
    Finished,
}
