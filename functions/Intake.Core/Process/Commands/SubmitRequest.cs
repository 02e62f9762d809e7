using Intake.Core.Deadlines;
using Intake.Core.Requests;

namespace Intake.Core.Process.Commands;

/// <summary>Open a request. The driver supplies the id, the policy snapshot, the deadline rules and the controller's sources; <paramref name="PriorRequests"/> counts the same person's requests of the same type in the repeat window.</summary>
public sealed record SubmitRequest(DateTimeOffset At, Actor Actor, RequestId Id, NewRequest Request, ProcessPolicy Policy, DeadlinePolicy? DeadlinePolicy, IReadOnlyList<PlannedSource> Sources, int PriorRequests) : RequestCommand(At, Actor);
