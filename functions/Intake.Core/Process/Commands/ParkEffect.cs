using Intake.Core.Process.Effects;

namespace Intake.Core.Process.Commands;

/// <summary>An effect failed on every try; park the request for staff.</summary>
public sealed record ParkEffect(DateTimeOffset At, Actor Actor, Effect Effect, string Error) : RequestCommand(At, Actor);
