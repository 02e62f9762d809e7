namespace Intake.Core.Process.Effects;

/// <summary>Delete the export blob once its link has expired or the request was closed without delivery.</summary>
public sealed record DeleteExport(string Id, string BlobName) : Effect(Id);
