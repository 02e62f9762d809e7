using Intake.Core.Requests;
using Intake.Web.Forms;

namespace Intake.Web.Api;

/// <summary>
/// The body of <c>POST /api/requests</c> and <c>POST /api/contact</c>.
/// </summary>
/// <param name="Type">The request type's wire name (<c>access</c>, <c>erasure</c>, …); for <c>/api/contact</c> omit it or give <c>contact</c>.</param>
/// <param name="Controller">The controller's id, e.g. <c>clerica</c>.</param>
/// <param name="Language">fi, sv, en or et: the language the person is answered in. Default fi.</param>
public sealed record ApiRequestBody(
    string? Type,
    string? Controller,
    string? Language,
    ApiSubject? Subject,
    ApiAgent? Agent = null,
    ApiDetails? Details = null)
{
    /// <summary>The body as a draft for the shared checks; <paramref name="language"/> is the parsed language.</summary>
    public RequestDraft ToDraft(Language language, string? type) => new()
    {
        Controller = Controller,
        Type = type,
        Language = language,
        Channel = Channel.Api,
        Name = Subject?.Name,
        Email = Subject?.Email,
        CustomerNumber = Subject?.CustomerNumber,
        Phone = Subject?.Phone,
        Text = Details?.Text,
        WrongValue = Details?.WrongValue,
        CorrectValue = Details?.CorrectValue,
        ParticularSituation = Details?.ParticularSituation,
        Industry = Details?.Industry,
        ServicesOfInterest = Details?.ServicesOfInterest,
        OnBehalf = Agent is not null,
        AgentName = Agent?.Name,
        AgentEmail = Agent?.Email,
    };
}
