using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications;

/// <summary>
/// What a template may say about a request. The driver builds it from the request state and the
/// signed links it minted; templates never see anything else. Optional members are filled for the
/// kinds that use them.
/// </summary>
public sealed record MailContext(
    MailKind Kind,
    Language Language,
    RequestId Reference,
    RequestType Type,
    Controller Controller,
    string To,
    string? RecipientName,
    IReadOnlyDictionary<string, Uri> Links)
{
    /// <summary>The statutory due date in the controller's calendar.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The due date after an Art 12(3) extension.</summary>
    public DateOnly? ExtendedDueDate { get; init; }

    /// <summary>Reasons for an extension or refusal, or the staff reason for a review.</summary>
    public string? Reason { get; init; }

    /// <summary>The question staff ask the person, or the person's answer shown to staff.</summary>
    public string? Question { get; init; }

    /// <summary>When the links in this mail stop working.</summary>
    public DateTimeOffset? LinksExpireAt { get; init; }

    /// <summary>Days left until the due date (negative when overdue), for reminders.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>Per-source receipts for the completion letter.</summary>
    public IReadOnlyList<SourceReceipt> Receipts { get; init; } = [];

    /// <summary>Art 19 recipients that were told, listed in the reply.</summary>
    public IReadOnlyList<string> RecipientsNotified { get; init; } = [];

    /// <summary>Why staff are asked to look (sensitive data, agent, repeat, particular grounds, triage…), in the staff language.</summary>
    public IReadOnlyList<string> ReviewReasons { get; init; } = [];

    /// <summary>The failing source or error text for staff mails.</summary>
    public string? ErrorText { get; init; }

    /// <summary>The source a manual task or failure is about.</summary>
    public string? SourceName { get; init; }

    /// <summary>What the person wrote (shown to staff only, escaped).</summary>
    public RequestDetails? Details { get; init; }

    /// <summary>
    /// The data subject, for staff mails (who is asking) and Art 19 recipient notices (whose
    /// records to correct, erase or restrict). Person mails never show it: they greet
    /// <see cref="RecipientName"/>.
    /// </summary>
    public DataSubject? Person { get; init; }

    /// <summary>
    /// For staff mails: the identifiers staff confirmed. Any other identifier the person stated is
    /// shown as unverified and not used, so staff never mistake a typed number for a proved one.
    /// </summary>
    public IReadOnlyCollection<IdentifierKind>? ConfirmedIdentifiers { get; init; }

    /// <summary>The agent acting for the person, shown to staff and named to the data subject.</summary>
    public Agent? Agent { get; init; }

    /// <summary>When the sources start on an agent's request, told to the data subject.</summary>
    public DateTimeOffset? ProceedAt { get; init; }
}
