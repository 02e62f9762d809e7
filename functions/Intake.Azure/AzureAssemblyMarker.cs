namespace Intake.Azure;

/// <summary>Anchors the assembly for hosts that scan it.</summary>
public sealed class AzureAssemblyMarker;
