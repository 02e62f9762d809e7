namespace Intake.Web.Fields;

/// <summary>The ids a field's hint and error carry, so <c>aria-describedby</c> ties them to the input.</summary>
public static class FieldIds
{
    public static string Hint(string id) => id + "-hint";

    public static string Error(string id) => id + "-error";

    /// <summary>The value of <c>aria-describedby</c>; null (no attribute) when there is neither hint nor error.</summary>
    public static string? DescribedBy(string id, string? hint, string? error) => (hint, error) switch
    {
        (null, null) => null,
        (not null, null) => Hint(id),
        (null, not null) => Error(id),
        _ => Hint(id) + " " + Error(id),
    };

    /// <summary><c>aria-invalid</c> only on a field in error.</summary>
    public static string? Invalid(string? error) => error is null ? null : "true";

    /// <summary>The id of a group's n-th option (0-based); the first takes the group's name, so the error summary can link to it.</summary>
    public static string Option(string name, int index) =>
        index == 0 ? name : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}-{index + 1}");
}
