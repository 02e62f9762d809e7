using Intake.Core.DataControllers;

namespace Intake.Core.Requests;

/// <summary>
/// Everything a channel hands over to open a request. <paramref name="TypeIsCertain"/> is false
/// when an email's wording did not settle the type: staff then triage it; it is never rejected.
/// <paramref name="SenderAuthentication"/> is what the mail server reported about an email's
/// sender (SPF, DKIM); null for the other channels.
/// </summary>
public sealed record NewRequest(
    ControllerId Controller,
    RequestType Type,
    bool TypeIsCertain,
    Channel Channel,
    Language Language,
    DataSubject Subject,
    Agent? Agent,
    RequestDetails Details,
    SenderAuthentication? SenderAuthentication = null);
