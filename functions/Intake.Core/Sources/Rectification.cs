namespace Intake.Core.Sources;

/// <summary>
/// Art 16: the person states the wrong value and the correct one. A source replaces the wrong
/// value wherever one of its rectifiable columns holds it (or only in <paramref name="Column"/>
/// when staff named one); a value that is not found is reported, never guessed at.
/// </summary>
public sealed record Rectification(string WrongValue, string CorrectValue, string? Column = null);
