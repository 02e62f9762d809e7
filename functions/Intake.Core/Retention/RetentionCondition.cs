namespace Intake.Core.Retention;

/// <summary>
/// A row's column compared with a value, e.g. <c>prize_delivered = false</c> or
/// <c>legal_hold = true</c>. Booleans stored as 0/1 or "true"/"false" compare as booleans.
/// </summary>
public sealed record RetentionCondition(string Column, object? EqualsValue);
