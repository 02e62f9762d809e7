namespace Intake.Core.Process.Effects;

/// <summary>Build the answer ZIP from the collected evidence. <paramref name="PortabilityOnly"/>: only the Art 20 subset.</summary>
public sealed record AssembleExport(string Id, bool PortabilityOnly) : Effect(Id);
