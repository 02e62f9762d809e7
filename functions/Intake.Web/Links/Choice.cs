namespace Intake.Web.Links;

/// <summary>One option of a radio group or select: the value posted, its label and an optional hint.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);
