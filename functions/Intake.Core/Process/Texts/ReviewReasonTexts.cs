using Intake.Core.Requests;

namespace Intake.Core.Process.Texts;

/// <summary>Why staff are asked to look, in the staff's language, for review mails and pages.</summary>
public static class ReviewReasonTexts
{
    public static string Describe(ReviewReason reason, Language language) => (language, reason) switch
    {
        (Language.Fi, ReviewReason.PolicyApproval) => "Käytäntö: pyyntö hyväksytään ennen käsittelyä.",
        (Language.Fi, ReviewReason.SensitiveData) => "Lähteissä on arkaluonteisia tietoja (henkilötunnus, palkka, ulosotto): varmista henkilöllisyys.",
        (Language.Fi, ReviewReason.AgentMandate) => "Pyynnön tekee asiamies: tarkista valtakirja.",
        (Language.Fi, ReviewReason.UnverifiedIdentifiers) => "Henkilö ilmoitti asiakasnumeron tai puhelinnumeron, jota ei ole vahvistettu: sitä ei käytetä tietojen hakuun, ellette vahvista sen kuuluvan hänelle.",
        (Language.Fi, ReviewReason.RepeatRequest) => "Sama henkilö on tehnyt saman pyynnön äskettäin: arvioi, onko pyyntö kohtuuton (12 art. 5 kohta).",
        (Language.Fi, ReviewReason.ParticularGrounds) => "Vastustaminen erityisen tilanteen perusteella: punnitse perusteet (21 art. 1 kohta).",
        (Language.Fi, ReviewReason.Triage) => "Sähköpostin pyyntötyyppi ei ole varma: valitse tyyppi.",
        (Language.Fi, ReviewReason.ContactMessage) => "Yhteydenotto lomakkeella: vastaa viestiin.",
        (Language.Fi, ReviewReason.InformationReceived) => "Henkilö vastasi kysymykseenne.",
        (Language.Fi, ReviewReason.UnauthenticatedSender) => "Sähköpostin lähettäjän verkkotunnus ei läpäissyt SPF- eikä DKIM-tarkistusta: viesti voi olla väärennetty, älä luota siihen tarkistamatta.",
        (Language.Sv, ReviewReason.PolicyApproval) => "Policy: begäran godkänns före behandling.",
        (Language.Sv, ReviewReason.SensitiveData) => "Källorna innehåller känsliga uppgifter (personbeteckning, lön, utsökning): kontrollera identiteten.",
        (Language.Sv, ReviewReason.AgentMandate) => "Begäran görs av ett ombud: kontrollera fullmakten.",
        (Language.Sv, ReviewReason.UnverifiedIdentifiers) => "Personen angav ett kundnummer eller telefonnummer som inte är bekräftat: det används inte för att söka uppgifter om ni inte bekräftar att det är personens.",
        (Language.Sv, ReviewReason.RepeatRequest) => "Samma person har nyligen gjort samma begäran: bedöm om den är orimlig (art. 12.5).",
        (Language.Sv, ReviewReason.ParticularGrounds) => "Invändning på grund av en särskild situation: väg skälen (art. 21.1).",
        (Language.Sv, ReviewReason.Triage) => "E-postens typ av begäran är osäker: välj typ.",
        (Language.Sv, ReviewReason.ContactMessage) => "Kontakt via formuläret: besvara meddelandet.",
        (Language.Sv, ReviewReason.InformationReceived) => "Personen har besvarat er fråga.",
        (Language.Sv, ReviewReason.UnauthenticatedSender) => "Avsändarens domän klarade varken SPF eller DKIM: meddelandet kan vara förfalskat, lita inte på det utan kontroll.",
        (_, ReviewReason.PolicyApproval) => "Policy: requests are approved before processing.",
        (_, ReviewReason.SensitiveData) => "Sources hold sensitive data (identity codes, salary, enforcement): check identity.",
        (_, ReviewReason.AgentMandate) => "An agent acts for the person: check the mandate.",
        (_, ReviewReason.UnverifiedIdentifiers) => "The person stated a customer number or phone that is not verified: it is not used to find data unless you confirm it is theirs.",
        (_, ReviewReason.RepeatRequest) => "The same person made the same request recently: decide whether it is manifestly excessive (Art 12(5)).",
        (_, ReviewReason.ParticularGrounds) => "Objection on grounds of a particular situation: weigh the grounds (Art 21(1)).",
        (_, ReviewReason.Triage) => "The email's request type is uncertain: choose the type.",
        (_, ReviewReason.ContactMessage) => "A message through the contact form: answer it.",
        (_, ReviewReason.InformationReceived) => "The person answered your question.",
        (_, ReviewReason.UnauthenticatedSender) => "The sender's domain failed both SPF and DKIM: the mail may be forged; do not trust it without checking.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
