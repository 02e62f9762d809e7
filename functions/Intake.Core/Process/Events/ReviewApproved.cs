using Intake.Core.Requests;

namespace Intake.Core.Process.Events;

/// <summary>Staff approved; for a triaged email this also fixes the type.</summary>
public sealed record ReviewApproved(DateTimeOffset At, Actor Actor, RequestType Type) : RequestEvent(At, Actor);
