namespace Intake.Web.Links;

/// <summary>The page shown after an action was taken: a heading and what happens next, in paragraphs.</summary>
public sealed record LinkOutcome(string Title, IReadOnlyList<string> Paragraphs);
