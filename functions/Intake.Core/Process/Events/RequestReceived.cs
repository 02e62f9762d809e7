using Intake.Core.Deadlines;
using Intake.Core.Requests;

namespace Intake.Core.Process.Events;

/// <summary>The request reached the controller. The statutory clock starts here (Art 12(3)); the policy, the deadline rules and the sources are fixed for the life of the request.</summary>
public sealed record RequestReceived(DateTimeOffset At, Actor Actor, RequestId Id, NewRequest Request, ProcessPolicy Policy, DeadlinePolicy? DeadlinePolicy, DeadlineCalculation? Deadline, IReadOnlyList<PlannedSource> Sources, int PriorRequests) : RequestEvent(At, Actor);
