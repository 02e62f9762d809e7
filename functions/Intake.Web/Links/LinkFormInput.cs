using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// What a form showed or received: the values to show again after an error (always encoded when
/// written) and the errors, each tied to its field.
/// </summary>
public sealed class LinkFormInput
{
    private readonly Dictionary<string, string> values;

    private LinkFormInput(Dictionary<string, string> values, IReadOnlyList<FieldError> errors)
    {
        this.values = values;
        Errors = errors;
    }

    public static LinkFormInput Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), []);

    public IReadOnlyList<FieldError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    public static LinkFormInput From(IFormCollection form, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            kept[key] = value.ToString();
        }

        return new LinkFormInput(kept, errors);
    }

    public string Value(string field) => values.TryGetValue(field, out var value) ? value : string.Empty;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field)?.Message;
}
