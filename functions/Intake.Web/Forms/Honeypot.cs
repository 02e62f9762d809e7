namespace Intake.Web.Forms;

/// <summary>
/// The spam trap: a field people never see. Filled in, the post stores nothing and the form comes
/// back with a visible error at that field — never a fake success, because a person whose browser
/// filled it must not believe a request with a legal deadline was sent when it was not.
/// </summary>
public static class Honeypot
{
    public static IEnumerable<DraftError> Check(PostedForm posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (!string.IsNullOrEmpty(posted.Value(FormFieldNames.Trap)))
        {
            yield return new DraftError(DraftField.Trap, DraftProblem.TrapFilled);
        }
    }
}
