using Intake.Core.Process;
using Intake.Core.Process.Events;

namespace Intake.Core.Tests.Orchestration;

/// <summary>One call to <c>PublishAsync</c>, as the scripted engine saw it.</summary>
internal sealed record Publication(RequestState State, IReadOnlyList<RequestEvent> Events, Rejection? LastRejection);
