using Intake.Core.Process.Effects;

namespace Intake.Core.Process;

/// <summary>An effect that failed on every try, kept so staff can retry exactly it.</summary>
public sealed record ParkedEffect(Effect Effect, string Error);
