namespace Intake.Core.Process.Effects;

/// <summary>Delete the request record and its evidence after the retention period.</summary>
public sealed record PurgeRecord(string Id) : Effect(Id);
