using Intake.Web.Forms;

namespace Intake.Web.Api;

/// <summary>Each field's JSON path, as <c>errors</c> in a validation problem names it.</summary>
public static class ApiFieldNames
{
    public static string For(DraftField field) => field switch
    {
        DraftField.Controller => "controller",
        DraftField.Type => "type",
        DraftField.Language => "language",
        DraftField.Name => "subject.name",
        DraftField.Email => "subject.email",
        DraftField.CustomerNumber => "subject.customerNumber",
        DraftField.Phone => "subject.phone",
        DraftField.Text => "details.text",
        DraftField.WrongValue => "details.wrongValue",
        DraftField.CorrectValue => "details.correctValue",
        DraftField.ParticularSituation => "details.particularSituation",
        DraftField.Industry => "details.industry",
        DraftField.ServicesOfInterest => "details.servicesOfInterest",
        DraftField.AgentName => "agent.name",
        DraftField.AgentEmail => "agent.email",
        DraftField.Mandate => "agent.mandate",
        _ => field.ToString(),
    };
}
