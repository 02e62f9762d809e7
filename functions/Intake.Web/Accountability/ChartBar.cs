namespace Intake.Web.Accountability;

/// <summary>One bar: its label, its length, the text written beside it, and whether it is hatched.</summary>
public sealed record ChartBar(string Label, int Value, string ValueText, bool Hatched = false);
