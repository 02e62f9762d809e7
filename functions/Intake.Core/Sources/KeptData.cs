namespace Intake.Core.Sources;

/// <summary>
/// Data a source keeps despite the request, with the legal ground told to the person
/// (e.g. Accounting Act 1336/1997 ch. 2 § 10, Art 17(3)(b)) and until when.
/// </summary>
public sealed record KeptData(
    string Category,
    int Rows,
    string Ground,
    DateOnly? KeptUntil);
