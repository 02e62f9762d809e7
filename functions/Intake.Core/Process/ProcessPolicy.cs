using System.Collections.Immutable;
using Intake.Core.Deadlines;
using Intake.Core.Requests;

namespace Intake.Core.Process;

/// <summary>
/// The organisation's choices where the law leaves room. A snapshot is stored with each request at
/// receipt, so a request already running keeps the rules it started under and the decider never
/// reads configuration.
/// </summary>
public sealed record ProcessPolicy
{
    /// <summary>How long one verification link works.</summary>
    public TimeSpan VerificationLinkLifetime { get; init; } = TimeSpan.FromHours(72);

    /// <summary>After this long without verification the request is closed; the person may ask again.</summary>
    public TimeSpan CloseUnverifiedAfter { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Fresh verification links a person may ask for, so the form cannot be used to flood a mailbox.</summary>
    public int MaxVerificationLinks { get; init; } = 5;

    /// <summary>Types that always need a staff approval before processing. Default: every data subject request.</summary>
    public ImmutableSortedSet<RequestType> ApprovalRequiredFor { get; init; } =
        [.. Enum.GetValues<RequestType>().Where(type => type.HasStatutoryClock())];

    /// <summary>Whether staff release each export before the person gets the link.</summary>
    public bool RequireExportRelease { get; init; }

    /// <summary>How long the download link in the answer works.</summary>
    public TimeSpan DownloadLinkLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long the closed record is kept as evidence of compliance (Art 5(2)) before purge.</summary>
    public int RetentionYears { get; init; } = 3;

    /// <summary>
    /// A retention counted in time instead of years, when set: for a demonstration or a test that
    /// walks a request to its purge in minutes. Production keeps <see cref="RetentionYears"/>.
    /// </summary>
    public TimeSpan? RetentionTime { get; init; }

    /// <summary>When a record closed at <paramref name="closedAt"/> is purged.</summary>
    public DateTimeOffset PurgeTime(DateTimeOffset closedAt) =>
        RetentionTime is { } time ? closedAt + time : closedAt.AddYears(RetentionYears);

    /// <summary>
    /// How long a contact message is kept once staff handled it. It is no data subject request:
    /// there is no statutory answer to prove, so it is not kept for the evidence retention, only
    /// long enough for a follow-up to find it.
    /// </summary>
    public TimeSpan HandledContactRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>When staff are reminded of the due date.</summary>
    public ReminderSchedule Reminders { get; init; } = ReminderSchedule.Default;

    /// <summary>
    /// Tries of one effect (a mail, a source run, the export) before the request is parked for
    /// staff: a blip heals, a real fault reaches a person within a minute instead of hiding.
    /// </summary>
    public int EffectAttempts { get; init; } = 5;

    /// <summary>Wait before the second try of a failed effect; each further wait doubles.</summary>
    public TimeSpan EffectRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Runs of one source before it is flagged to staff.</summary>
    public int SourceAttempts { get; init; } = 3;

    /// <summary>Wait before the second run of a failed source; doubles each time.</summary>
    public TimeSpan SourceRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a source that answers later (a webhook callback) may take before staff are told.</summary>
    public TimeSpan SourceCallbackTimeout { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the sources wait after the data subject was told of an agent's request that
    /// discloses, erases or changes their data. Zero tells them and goes on at once.
    /// </summary>
    public TimeSpan SubjectNoticePeriod { get; init; } = TimeSpan.FromDays(5);

    public static ProcessPolicy Default { get; } = new();
}
