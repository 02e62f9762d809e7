namespace Intake.Core.Retention;

/// <summary>Where a retention period starts counting, relative to a row's date.</summary>
public enum RetentionAnchor
{
    /// <summary>From the date itself (e.g. feedback kept one year from the day it was given).</summary>
    Date,

    /// <summary>From the end of the financial year the date falls in (books: 10 years, Accounting Act ch. 2 § 10).</summary>
    EndOfFinancialYear,

    /// <summary>
    /// From the end of the calendar year in which that financial year ended (vouchers: 6 years,
    /// Accounting Act 1336/1997 ch. 2 § 10). Differs from <see cref="EndOfFinancialYear"/> only
    /// when the financial year is not the calendar year.
    /// </summary>
    EndOfYearOfFinancialYearEnd,
}
