namespace Intake.Core.Retention;

/// <summary>
/// Why one row is kept: the rule, and until when (null while a condition holds or the date is
/// unknown: the row is then kept and restricted until staff or the condition release it).
/// </summary>
public sealed record RetentionDecision(RetentionRule Rule, DateOnly? KeptUntil);
