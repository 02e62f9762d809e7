namespace Intake.Core.DataMaps;

/// <summary>
/// Which column (or table property) holds each key a person can be found by. A row matches when
/// any configured key matches, so a person found by customer number is found even after an
/// email change.
/// </summary>
public sealed record PersonLookup(string? EmailColumn, string? CustomerNumberColumn, string? PhoneColumn)
{
    public static PersonLookup None { get; } = new(null, null, null);

    public bool IsEmpty => EmailColumn is null && CustomerNumberColumn is null && PhoneColumn is null;
}
