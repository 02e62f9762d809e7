namespace Intake.Core.DataMaps;

/// <summary>
/// Values written to named columns to carry out an action, e.g. <c>processing_restricted = true</c>
/// to restrict or <c>newsletter_consent = false</c> to withdraw consent. Values are null, a
/// boolean, a whole number, a decimal number or a string.
/// </summary>
public sealed record ColumnAssignment(IReadOnlyDictionary<string, object?> Values)
{
    public static ColumnAssignment Empty { get; } = new(new Dictionary<string, object?>());
}
