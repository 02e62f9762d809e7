namespace Intake.Web.Status;

/// <summary>A message shown on top of the status page after an action, and an answer to show again with its error.</summary>
public sealed record StatusNote(string Text, string? Answer = null, string? AnswerError = null);
