namespace Intake.Core.Retention;

/// <summary>
/// A fixed period counted from a date column. <paramref name="FinancialYearEndMonth"/> and
/// <paramref name="FinancialYearEndDay"/> say when the financial year ends (31 December unless
/// the controller's year differs).
/// </summary>
public sealed record RetentionPeriod(
    string DateColumn,
    int Years,
    int Months,
    RetentionAnchor Anchor,
    int FinancialYearEndMonth = 12,
    int FinancialYearEndDay = 31);
