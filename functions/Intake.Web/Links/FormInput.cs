using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// What a form showed or received: the values to show again after an error (always encoded when
/// written) and the errors, each tied to its field.
/// </summary>
public sealed class FormInput
{
    private readonly Dictionary<string, string> values;

    private FormInput(Dictionary<string, string> values, IReadOnlyList<FieldError> errors)
    {
        this.values = values;
        Errors = errors;
    }

    public static FormInput Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), []);

    public IReadOnlyList<FieldError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    public static FormInput From(IFormCollection form, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            kept[key] = value.ToString();
        }

        return new FormInput(kept, errors);
    }

    public string Value(string field) => values.TryGetValue(field, out var value) ? value : string.Empty;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field)?.Message;
}
