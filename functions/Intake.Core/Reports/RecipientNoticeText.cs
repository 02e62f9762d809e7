using System.Text;
using Intake.Core.DataMaps;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>
/// The Art 19 letter to a recipient: which person (by the address the data is keyed on), what
/// was done (rectified, erased or restricted), in which of the controller's sources, and the
/// request reference, asking the recipient to do the same. Recipients are organisations, so the
/// letter is in the controller's language and English. The letter is plain text;
/// <c>Intake.Templates.Mail.RecipientNoticeMail</c> adds its HTML part.
/// </summary>
public static class RecipientNoticeText
{
    /// <summary>The letter with its HTML part still empty.</summary>
    public static MailMessage Compose(
        DataMap map,
        RecipientDefinition recipient,
        RequestId request,
        RequestType type,
        PersonKeys person,
        Rectification? rectification,
        IReadOnlyList<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(sources);
        var controller = map.Controller.Primary.Name;
        var (fiAction, enAction) = type switch
        {
            RequestType.Rectification => ("oikaistu", "rectified"),
            RequestType.Erasure => ("poistettu", "erased"),
            RequestType.Restriction => ("käsittelyä on rajoitettu", "restricted"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Art 19 covers rectification, erasure and restriction."),
        };

        var subject = OneLine($"{controller}: {request.Value} – tietosuoja-asetuksen 19 artikla / GDPR Article 19");
        var text = new StringBuilder();
        text.Append(recipient.Name.Fi).Append("\n\n")
            .Append("Rekisteröidyn pyynnöstä hänen henkilötietonsa, joita olemme luovuttaneet teille, on ").Append(fiAction)
            .Append(" (tietosuoja-asetuksen 19 artikla). Pyydämme tekemään saman omissa järjestelmissänne.\n")
            .Append("At the data subject's request, personal data we disclosed to you has been ").Append(enAction)
            .Append(" (GDPR Article 19). Please do the same in your systems.\n\n")
            .Append("Henkilö / Person: ").Append(person.Email).Append('\n');
        if (person.CustomerNumber is not null)
        {
            text.Append("Asiakasnumero / Customer number: ").Append(person.CustomerNumber).Append('\n');
        }

        if (rectification is not null)
        {
            text.Append("Virheellinen tieto / Wrong value: ").Append(rectification.WrongValue).Append('\n')
                .Append("Oikea tieto / Correct value: ").Append(rectification.CorrectValue).Append('\n');
        }

        text.Append("Tiedot / Data: ").Append(string.Join(", ", sources.Select(s => s.Name.Fi + " / " + s.Name.En))).Append('\n')
            .Append("Viite / Reference: ").Append(request.Value).Append('\n')
            .Append('\n').Append(controller).Append(", ").Append(map.Controller.PrivacyContactEmail).Append('\n');

        return new MailMessage(recipient.MailAddress ?? string.Empty, subject, text.ToString(), string.Empty, []);
    }

    private static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
