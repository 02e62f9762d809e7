using Intake.Web.Fields;

namespace Intake.Web.Forms;

/// <summary>
/// One form field as the page shows it: its name, words, the value typed and the error, if any.
/// <see cref="Required"/> marks it for assistive technology; <see cref="Optional"/> adds "(optional)"
/// to the label. A field required only in some cases (the agent's name) is neither.
/// </summary>
public sealed record FieldView(string Name, string Label, string? Hint, string? Value, string? Error, int MaxLength)
{
    public bool Required { get; init; }

    public bool Optional { get; init; }

    public string Id => "f-" + Name;

    /// <summary>The ids that describe the input, for <c>aria-describedby</c>: the hint, then the error; null when neither is shown.</summary>
    public string? DescribedBy => FieldIds.DescribedBy(Id, Hint, Error);
}
