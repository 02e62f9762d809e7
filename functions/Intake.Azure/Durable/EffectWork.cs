using Intake.Core.Process;
using Intake.Core.Process.Effects;

namespace Intake.Azure.Durable;

/// <summary>The input of the <see cref="DurableNames.RunEffect"/> activity: the effect and the state it was decided in.</summary>
public sealed record EffectWork(RequestState State, Effect Effect);
