namespace Intake.Web.Forms;

/// <summary>The <c>name</c> of each field in the HTML forms; the error summary links to <c>#f-{name}</c>.</summary>
public static class FormFieldNames
{
    public const string Type = "type";
    public const string Name = "name";
    public const string Email = "email";
    public const string CustomerNumber = "customerNumber";
    public const string Phone = "phone";
    public const string Details = "details";
    public const string WrongValue = "wrongValue";
    public const string CorrectValue = "correctValue";
    public const string Situation = "situation";
    public const string Industry = "industry";
    public const string Services = "services";
    public const string OnBehalf = "onBehalf";
    public const string AgentName = "agentName";
    public const string AgentEmail = "agentEmail";
    public const string Mandate = "mandate";

    /// <summary>The honeypot. A name a form-filling robot finds tempting; people never see the field.</summary>
    public const string Trap = "website";

    public static string For(DraftField field) => field switch
    {
        DraftField.Type => Type,
        DraftField.Name => Name,
        DraftField.Email => Email,
        DraftField.CustomerNumber => CustomerNumber,
        DraftField.Phone => Phone,
        DraftField.Text => Details,
        DraftField.WrongValue => WrongValue,
        DraftField.CorrectValue => CorrectValue,
        DraftField.ParticularSituation => Situation,
        DraftField.Industry => Industry,
        DraftField.ServicesOfInterest => Services,
        DraftField.AgentName => AgentName,
        DraftField.AgentEmail => AgentEmail,
        DraftField.Mandate => Mandate,
        DraftField.Trap => Trap,
        _ => Type,
    };
}
