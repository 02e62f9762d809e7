namespace Intake.Web;

/// <summary>Anchors the assembly for hosts that scan it.</summary>
public sealed class WebAssemblyMarker;
