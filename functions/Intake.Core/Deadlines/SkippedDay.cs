namespace Intake.Core.Deadlines;

/// <summary>A day a period could not end on, and why (Regulation 1182/71, Article 3(4)).</summary>
/// <param name="Date">The local date skipped.</param>
/// <param name="Reason">The holiday's name, or "Saturday" / "Sunday".</param>
public sealed record SkippedDay(DateOnly Date, string Reason);
