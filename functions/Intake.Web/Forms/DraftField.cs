namespace Intake.Web.Forms;

/// <summary>The fields of a request as any channel hands them in; each surface names them its own way.</summary>
public enum DraftField
{
    Controller,
    Type,
    Language,
    Name,
    Email,
    CustomerNumber,
    Phone,
    Text,
    WrongValue,
    CorrectValue,
    ParticularSituation,
    Industry,
    ServicesOfInterest,
    AgentName,
    AgentEmail,
    Mandate,
    Trap,
}
