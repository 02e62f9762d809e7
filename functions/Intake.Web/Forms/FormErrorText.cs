using Intake.Web.Texts;

namespace Intake.Web.Forms;

/// <summary>Says what is wrong with a field in the person's language, and what to do about it.</summary>
public static class FormErrorText
{
    public static string Describe(DraftError error, FormTexts texts)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        return (error.Field, error.Problem) switch
        {
            (_, DraftProblem.TooLong) => texts.ErrorTooLong(error.MaxLength ?? 0),
            (_, DraftProblem.TrapFilled) => texts.ErrorTrapFilled,
            (_, DraftProblem.WrongFileType) => texts.ErrorMandateType,
            (_, DraftProblem.FileTooLarge) => texts.ErrorMandateTooLarge,
            (DraftField.Mandate, DraftProblem.Missing) => texts.ErrorMandateMissing,
            (DraftField.Type, _) => texts.ErrorTypeMissing,
            (DraftField.Name, DraftProblem.Missing) => texts.ErrorNameMissing,
            (DraftField.Email, DraftProblem.Missing) => texts.ErrorEmailMissing,
            (DraftField.Email, _) => texts.ErrorEmailInvalid,
            (DraftField.WrongValue, DraftProblem.Missing) => texts.ErrorWrongValueMissing,
            (DraftField.CorrectValue, DraftProblem.Missing) => texts.ErrorCorrectValueMissing,
            (DraftField.ParticularSituation, DraftProblem.Missing) => texts.ErrorSituationMissing,
            (DraftField.AgentName, DraftProblem.Missing) => texts.ErrorAgentNameMissing,
            (DraftField.AgentEmail, DraftProblem.Missing) => texts.ErrorAgentEmailMissing,
            (DraftField.AgentEmail, _) => texts.ErrorAgentEmailInvalid,
            _ => texts.ErrorInvalid,
        };
    }
}
