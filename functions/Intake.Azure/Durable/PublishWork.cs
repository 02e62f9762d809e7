using Intake.Core.Process;
using Intake.Core.Process.Events;

namespace Intake.Azure.Durable;

/// <summary>The input of the <see cref="DurableNames.PublishRequest"/> activity: the state and the events since the last publication.</summary>
public sealed record PublishWork(RequestState State, IReadOnlyList<RequestEvent> NewEvents);
