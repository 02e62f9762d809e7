using Intake.Core.Requests;

namespace Intake.Core.Process.Events;

/// <summary>
/// Staff approved; for a triaged email this also fixes the type. Staff may confirm identifiers the
/// person stated (from then on sources may use them), and for an agent's request they record that
/// they checked the mandate.
/// </summary>
public sealed record ReviewApproved(
    DateTimeOffset At,
    Actor Actor,
    RequestType Type,
    IReadOnlyList<IdentifierKind>? ConfirmedIdentifiers = null,
    bool MandateChecked = false) : RequestEvent(At, Actor);
