using Intake.Core.Requests;

namespace Intake.Core.Process.Commands;

/// <summary>Staff approve the pending review; for triage they also choose the type.</summary>
public sealed record ApproveReview(DateTimeOffset At, Actor Actor, RequestType? Type) : RequestCommand(At, Actor);
