using Intake.Core.Deadlines;

namespace Intake.Core.Process.Events;

/// <summary>The person followed the link. Under the paused-until-verified policy the deadline is recounted from now.</summary>
public sealed record IdentityVerified(DateTimeOffset At, Actor Actor, DeadlineCalculation? Deadline) : RequestEvent(At, Actor);
