using Intake.Core.Requests;

namespace Intake.Web.Forms;

/// <summary>The result of checking a <see cref="RequestDraft"/>: the request to open, or every problem found.</summary>
public sealed record DraftCheck(NewRequest? Request, IReadOnlyList<DraftError> Errors)
{
    public bool IsValid => Request is not null && Errors.Count == 0;

    public bool Has(DraftField field) => Errors.Any(error => error.Field == field);
}
