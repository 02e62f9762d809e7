using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Core.Process.Texts;

/// <summary>Why staff are asked to look, in the staff's language, for review mails and pages.</summary>
public static class ReviewReasonTexts
{
    public static Translations<IReadOnlyDictionary<ReviewReason, string>> All { get; } = new(
        fi: new Dictionary<ReviewReason, string>
        {
            [ReviewReason.PolicyApproval] = "Käytäntö: pyyntö hyväksytään ennen käsittelyä.",
            [ReviewReason.SensitiveData] = "Lähteissä on arkaluonteisia tietoja (henkilötunnus, palkka, ulosotto): varmista henkilöllisyys.",
            [ReviewReason.AgentMandate] = "Pyynnön tekee asiamies: tarkista valtakirja.",
            [ReviewReason.UnverifiedIdentifiers] = "Henkilö ilmoitti asiakasnumeron tai puhelinnumeron, jota ei ole vahvistettu: sitä ei käytetä tietojen hakuun, ellette vahvista sen kuuluvan hänelle.",
            [ReviewReason.RepeatRequest] = "Sama henkilö on tehnyt saman pyynnön äskettäin: arvioi, onko pyyntö kohtuuton (12 art. 5 kohta).",
            [ReviewReason.ParticularGrounds] = "Vastustaminen erityisen tilanteen perusteella: punnitse perusteet (21 art. 1 kohta).",
            [ReviewReason.Triage] = "Sähköpostin pyyntötyyppi ei ole varma: valitse tyyppi.",
            [ReviewReason.ContactMessage] = "Yhteydenotto lomakkeella: vastaa viestiin.",
            [ReviewReason.InformationReceived] = "Henkilö vastasi kysymykseenne.",
            [ReviewReason.UnauthenticatedSender] = "Sähköpostin lähettäjän verkkotunnus ei läpäissyt SPF- eikä DKIM-tarkistusta: viesti voi olla väärennetty, älä luota siihen tarkistamatta.",
        },
        sv: new Dictionary<ReviewReason, string>
        {
            [ReviewReason.PolicyApproval] = "Policy: begäran godkänns före behandling.",
            [ReviewReason.SensitiveData] = "Källorna innehåller känsliga uppgifter (personbeteckning, lön, utsökning): kontrollera identiteten.",
            [ReviewReason.AgentMandate] = "Begäran görs av ett ombud: kontrollera fullmakten.",
            [ReviewReason.UnverifiedIdentifiers] = "Personen angav ett kundnummer eller telefonnummer som inte är bekräftat: det används inte för att söka uppgifter om ni inte bekräftar att det är personens.",
            [ReviewReason.RepeatRequest] = "Samma person har nyligen gjort samma begäran: bedöm om den är orimlig (art. 12.5).",
            [ReviewReason.ParticularGrounds] = "Invändning på grund av en särskild situation: väg skälen (art. 21.1).",
            [ReviewReason.Triage] = "E-postens typ av begäran är osäker: välj typ.",
            [ReviewReason.ContactMessage] = "Kontakt via formuläret: besvara meddelandet.",
            [ReviewReason.InformationReceived] = "Personen har besvarat er fråga.",
            [ReviewReason.UnauthenticatedSender] = "Avsändarens domän klarade varken SPF eller DKIM: meddelandet kan vara förfalskat, lita inte på det utan kontroll.",
        },
        en: new Dictionary<ReviewReason, string>
        {
            [ReviewReason.PolicyApproval] = "Policy: requests are approved before processing.",
            [ReviewReason.SensitiveData] = "Sources hold sensitive data (identity codes, salary, enforcement): check identity.",
            [ReviewReason.AgentMandate] = "An agent acts for the person: check the mandate.",
            [ReviewReason.UnverifiedIdentifiers] = "The person stated a customer number or phone that is not verified: it is not used to find data unless you confirm it is theirs.",
            [ReviewReason.RepeatRequest] = "The same person made the same request recently: decide whether it is manifestly excessive (Art 12(5)).",
            [ReviewReason.ParticularGrounds] = "Objection on grounds of a particular situation: weigh the grounds (Art 21(1)).",
            [ReviewReason.Triage] = "The email's request type is uncertain: choose the type.",
            [ReviewReason.ContactMessage] = "A message through the contact form: answer it.",
            [ReviewReason.InformationReceived] = "The person answered your question.",
            [ReviewReason.UnauthenticatedSender] = "The sender's domain failed both SPF and DKIM: the mail may be forged; do not trust it without checking.",
        },
        et: new Dictionary<ReviewReason, string>
        {
            [ReviewReason.PolicyApproval] = "Kord: taotlus kiidetakse heaks enne menetlemist.",
            [ReviewReason.SensitiveData] = "Andmeallikates on tundlikke andmeid (isikukood, palk, täitemenetlus): kontrollige isikusamasust.",
            [ReviewReason.AgentMandate] = "Taotluse esitab esindaja: kontrollige volikirja.",
            [ReviewReason.UnverifiedIdentifiers] = "Isik märkis kliendinumbri või telefoninumbri, mis ei ole kinnitatud: seda ei kasutata andmete otsimiseks, kui te ei kinnita, et see kuulub talle.",
            [ReviewReason.RepeatRequest] = "Sama isik on hiljuti esitanud sama taotluse: hinnake, kas taotlus on ülemäärane (art 12 lg 5).",
            [ReviewReason.ParticularGrounds] = "Vastuväide konkreetse olukorra tõttu: kaaluge põhjusi (art 21 lg 1).",
            [ReviewReason.Triage] = "E-kirja taotluse liik ei ole kindel: valige liik.",
            [ReviewReason.ContactMessage] = "Kontaktvormi kaudu saadetud sõnum: vastake sellele.",
            [ReviewReason.InformationReceived] = "Isik vastas teie küsimusele.",
            [ReviewReason.UnauthenticatedSender] = "Saatja domeen ei läbinud SPF- ega DKIM-kontrolli: kiri võib olla võltsitud, ärge usaldage seda kontrollimata.",
        });

    public static string Describe(ReviewReason reason, Language language) =>
        All.For(language).TryGetValue(reason, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
}
