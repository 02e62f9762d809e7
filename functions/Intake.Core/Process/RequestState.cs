using System.Collections.Immutable;
using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process;

/// <summary>
/// Everything known about one request, derived only from its events (see <see cref="RequestEvolver"/>).
/// <see cref="Version"/> counts the events applied; effect ids and storage concurrency build on it.
/// </summary>
public sealed record RequestState
{
    /// <summary>The state before the first event: no request yet.</summary>
    public static RequestState Initial { get; } = new();

    public int Version { get; init; }

    public bool Exists => Request is not null;

    public RequestId Id { get; init; }

    public Stage Stage { get; init; }

    public NewRequest? Request { get; init; }

    /// <summary>The type as it stands; staff may change it in triage.</summary>
    public RequestType Type { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public ProcessPolicy Policy { get; init; } = ProcessPolicy.Default;

    public DeadlinePolicy? DeadlinePolicy { get; init; }

    /// <summary>The statutory deadline; null for a contact message, which has none.</summary>
    public DeadlineCalculation? Deadline { get; init; }

    public bool Extended { get; init; }

    public string? ExtensionReason { get; init; }

    public int VerificationLinksSent { get; init; }

    public DateTimeOffset? VerificationExpiresAt { get; init; }

    public bool VerificationLinkExpired { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public ImmutableArray<PlannedSource> Sources { get; init; } = [];

    public int PriorRequests { get; init; }

    public ImmutableArray<ReviewReason> ReviewReasons { get; init; } = [];

    /// <summary>Identifiers the person stated that staff confirmed belong to them: sources may use these.</summary>
    public ImmutableSortedSet<IdentifierKind> ConfirmedIdentifiers { get; init; } = [];

    /// <summary>Staff checked the agent's mandate when they approved.</summary>
    public bool MandateChecked { get; init; }

    /// <summary>While the data subject has been told of an agent's request: when the sources may start.</summary>
    public DateTimeOffset? SubjectNoticeUntil { get; init; }

    public string? OpenQuestion { get; init; }

    public string? LastAnswer { get; init; }

    public SourceAction? Action { get; init; }

    public ImmutableDictionary<string, SourceTask> Tasks { get; init; } = ImmutableDictionary<string, SourceTask>.Empty;

    public ExportSummary? Export { get; init; }

    public DateTimeOffset? DownloadExpiresAt { get; init; }

    public int Downloads { get; init; }

    public ImmutableArray<string> RecipientsNotified { get; init; } = [];

    /// <summary>Reminder keys already sent, each qualified by the due date it was for.</summary>
    public ImmutableHashSet<string> RemindersSent { get; init; } = ImmutableHashSet<string>.Empty;

    public DateTimeOffset? DeliveredAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? PurgeAt { get; init; }

    public RefusalGround? RefusalGround { get; init; }

    public string? RefusalDetail { get; init; }

    /// <summary>Effects that failed on every try, waiting for a staff retry.</summary>
    public ImmutableArray<ParkedEffect> Parked { get; init; } = [];

    /// <summary>The stage to return to when staff retry the parked effects.</summary>
    public Stage? StageBeforeError { get; init; }

    /// <summary>Art 19 notices are being sent; the request completes when they are.</summary>
    public bool NotifyingRecipients { get; init; }

    /// <summary>The due date in force: the extended one after an extension.</summary>
    public DateOnly? CurrentDueDate => Deadline is null ? null : Extended ? Deadline.ExtendedDueDate : Deadline.DueDate;

    /// <summary>The instant the due date in force ends.</summary>
    public DateTimeOffset? CurrentDueAt => Deadline is null ? null : Extended ? Deadline.ExtendedDueAt : Deadline.DueAt;

    public ControllerId Controller => Request?.Controller ?? default;

    /// <summary>Whether the answer is late at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Stage.IsAwaitingAnswer() && CurrentDueAt is { } due && now >= due;
}
