using System.Collections.Immutable;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Records;

/// <summary>
/// What the privacy office needs to list a request and to account for it (Art 5(2)): its type,
/// channel, stage and dates, and how it ended — no name, no address, no identifier of the person.
/// It outlives the record: when retention purges the record, the summary stays as
/// <see cref="Stage.Purged"/> with its free text removed, so the accountability report for a past
/// period still counts every request.
/// </summary>
public sealed record RequestSummary
{
    public required RequestId Id { get; init; }

    public required string Controller { get; init; }

    public required RequestType Type { get; init; }

    public required Channel Channel { get; init; }

    public required Language Language { get; init; }

    public required Stage Stage { get; init; }

    /// <summary>The stage before the purge, so a purged request still tells how it ended.</summary>
    public Stage? EndedAs { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The due date in force (the extended one after an extension); null for a contact message.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The instant <see cref="DueDate"/> ends.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The first due date, one month after receipt (Art 12(3)).</summary>
    public DateOnly? OriginalDueDate { get; init; }

    public bool Extended { get; init; }

    /// <summary>The reasons staff gave for the extension; removed at purge (free text may name the person).</summary>
    public string? ExtensionReason { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public RefusalGround? RefusalGround { get; init; }

    /// <summary>The same person made the same kind of request before (counted only from verified requests).</summary>
    public bool Repeat { get; init; }

    /// <summary>Data an erasure kept back, by the retention rule (ground) that kept it.</summary>
    public ImmutableArray<KeptData> KeptBack { get; init; } = [];

    public int Version { get; init; }

    /// <summary>Whether the answer is late at <paramref name="now"/>: still awaited after the due date in force.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Stage.IsAwaitingAnswer() && DueAt is { } due && now >= due;

    /// <summary>The summary of a request as it stands.</summary>
    public static RequestSummary Of(RequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = state.Request ?? throw new ArgumentException("A request that was never received has no summary.", nameof(state));
        return new RequestSummary
        {
            Id = state.Id,
            Controller = request.Controller.Value,
            Type = state.Type,
            Channel = request.Channel,
            Language = request.Language,
            Stage = state.Stage,
            ReceivedAt = state.ReceivedAt,
            DueDate = state.CurrentDueDate,
            DueAt = state.CurrentDueAt,
            OriginalDueDate = state.Deadline?.DueDate,
            Extended = state.Extended,
            ExtensionReason = state.ExtensionReason,
            VerifiedAt = state.VerifiedAt,
            DeliveredAt = state.DeliveredAt,
            ClosedAt = state.ClosedAt,
            RefusalGround = state.RefusalGround,
            Repeat = state.PriorRequests > 0 || state.ReviewReasons.Contains(ReviewReason.RepeatRequest),
            KeptBack = [.. state.Tasks.Values
                .Where(task => task.Action == SourceAction.Erase && task.Receipt is not null)
                .OrderBy(task => task.SourceId, StringComparer.Ordinal)
                .SelectMany(task => task.Receipt!.Kept)],
            Version = state.Version,
        };
    }

    /// <summary>The summary once retention purged the record: how it ended stays, free text goes.</summary>
    public RequestSummary Purged() => this with
    {
        EndedAs = Stage == Stage.Purged ? EndedAs : Stage,
        Stage = Stage.Purged,
        ExtensionReason = null,
    };
}
