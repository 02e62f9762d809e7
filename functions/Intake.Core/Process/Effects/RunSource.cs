using Intake.Core.Sources;

namespace Intake.Core.Process.Effects;

/// <summary>Run one action on one data source; the result comes back as a receipt or a failure.</summary>
public sealed record RunSource(string Id, string SourceId, SourceAction Action) : Effect(Id);
