using Intake.Core.Requests;

namespace Intake.Core.Process.Commands;

/// <summary>
/// Staff approve the pending review; for triage they also choose the type. They may confirm
/// identifiers the person stated; for an agent's request they must say they checked the mandate.
/// </summary>
public sealed record ApproveReview(
    DateTimeOffset At,
    Actor Actor,
    RequestType? Type,
    IReadOnlyList<IdentifierKind>? ConfirmIdentifiers = null,
    bool MandateChecked = false) : RequestCommand(At, Actor);
