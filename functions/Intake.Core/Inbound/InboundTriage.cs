using Intake.Core.DataControllers;
using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// Turns an accepted mail and its classification into a new request. The person is the mail's
/// <c>From</c>: the verification round-trip then proves control of exactly that address.
/// An uncertain classification still opens a request (staff triage it); a mail is a valid
/// request whatever its wording, with no form and no signature.
/// </summary>
public static class InboundTriage
{
    public static NewRequest ToNewRequest(InboundMail mail, Classification classification, ControllerId controller)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(classification);

        var text = mail.Subject.Length == 0 ? mail.Body
            : mail.Body.Length == 0 ? mail.Subject
            : $"{mail.Subject}\n\n{mail.Body}";

        var details = new RequestDetails(
            Text: text,
            ParticularSituation: classification.Type == RequestType.ObjectionOnParticularGrounds && mail.Body.Length > 0 ? mail.Body : null);

        return new NewRequest(
            controller,
            classification.Type,
            classification.IsCertain,
            Channel.Email,
            classification.Language,
            new DataSubject(mail.From.DisplayName ?? string.Empty, mail.From.Address),
            Agent: null,
            details,
            mail.Authentication);
    }
}
