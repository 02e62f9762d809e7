namespace Intake.Web.Forms;

/// <summary>One problem with one field; <paramref name="MaxLength"/> is set for <see cref="DraftProblem.TooLong"/>.</summary>
public sealed record DraftError(DraftField Field, DraftProblem Problem, int? MaxLength = null);
