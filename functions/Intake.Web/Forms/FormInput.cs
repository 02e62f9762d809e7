using Intake.Web.Texts;

namespace Intake.Web.Forms;

/// <summary>What was typed into a form (by field name) and what was wrong with it, to show the form again.</summary>
public sealed record FormInput(IReadOnlyDictionary<string, string> Values, IReadOnlyList<DraftError> Errors)
{
    public static FormInput Empty { get; } = new(new Dictionary<string, string>(), []);

    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public bool IsChecked(string name, string value) => string.Equals(Value(name), value, StringComparison.Ordinal);

    public string? ErrorFor(DraftField field, FormTexts texts) =>
        Errors.FirstOrDefault(error => error.Field == field) is { } error ? FormErrorText.Describe(error, texts) : null;

    /// <summary>The view of a field with its value and error.</summary>
    public FieldView Field(DraftField field, string label, string? hint, FormTexts texts) =>
        new(FormFieldNames.For(field), label, hint, Value(FormFieldNames.For(field)), ErrorFor(field, texts), FieldLimits.For(field));
}
