using Intake.Core.Sources;

namespace Intake.Core.Process.Effects;

/// <summary>Art 19: tell every recipient of the data about the rectification, erasure or restriction.</summary>
public sealed record NotifyRecipients(string Id, SourceAction Action) : Effect(Id);
