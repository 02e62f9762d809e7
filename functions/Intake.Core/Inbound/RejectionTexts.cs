using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// The sentences a person reads when their mail could not be taken in. Each says what was wrong and
/// what to do instead; none blames the person or asks for anything the GDPR does not need (no form,
/// no signature). Estonian falls back to English until a native speaker writes it.
/// </summary>
public static class RejectionTexts
{
    public static string Explain(RejectionReason reason, Language language) => language switch
    {
        Language.Fi => Finnish(reason),
        Language.Sv => Swedish(reason),
        _ => English(reason),
    };

    private static string English(RejectionReason reason) => reason switch
    {
        RejectionReason.TooLarge =>
            "Your message was larger than we can receive by email. Please send your request again as plain text, without large attachments.",
        RejectionReason.TooManyParts or RejectionReason.TooDeeplyNested =>
            "Your message was built in a way our mail intake cannot read safely (too many nested parts). Please send your request again as a plain message.",
        RejectionReason.TooManyAttachments =>
            "Your message had more attachments than we can receive by email. Please send your request again with fewer attachments.",
        RejectionReason.AttachmentTooLarge =>
            "An attachment in your message was larger than we can receive by email. Please send your request again without it, or with a smaller file.",
        RejectionReason.Malformed =>
            "We could not read your message. Please send your request again as a plain message.",
        RejectionReason.MissingSender =>
            "Your message did not say who sent it, so we cannot answer it. Please send it again from your own email address.",
        RejectionReason.Empty =>
            "Your message was empty. Please tell us in a few words what you would like us to do with your personal data.",
        RejectionReason.UnsupportedPost =>
            "The message did not arrive in a form we can read. Please send your request again.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    private static string Finnish(RejectionReason reason) => reason switch
    {
        RejectionReason.TooLarge =>
            "Viestisi oli suurempi kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen pelkkänä tekstinä ilman suuria liitteitä.",
        RejectionReason.TooManyParts or RejectionReason.TooDeeplyNested =>
            "Viestisi rakennetta emme pysty lukemaan turvallisesti (liian monta sisäkkäistä osaa). Lähetä pyyntösi uudelleen tavallisena viestinä.",
        RejectionReason.TooManyAttachments =>
            "Viestissäsi oli enemmän liitteitä kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen vähemmillä liitteillä.",
        RejectionReason.AttachmentTooLarge =>
            "Viestisi liite oli suurempi kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen ilman sitä tai pienemmällä tiedostolla.",
        RejectionReason.Malformed =>
            "Emme pystyneet lukemaan viestiäsi. Lähetä pyyntösi uudelleen tavallisena viestinä.",
        RejectionReason.MissingSender =>
            "Viestistäsi ei käynyt ilmi lähettäjä, joten emme voi vastata siihen. Lähetä se uudelleen omasta sähköpostiosoitteestasi.",
        RejectionReason.Empty =>
            "Viestisi oli tyhjä. Kerro muutamalla sanalla, mitä haluat meidän tekevän henkilötiedoillesi.",
        RejectionReason.UnsupportedPost =>
            "Viesti ei saapunut muodossa, jota pystymme lukemaan. Lähetä pyyntösi uudelleen.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    private static string Swedish(RejectionReason reason) => reason switch
    {
        RejectionReason.TooLarge =>
            "Ditt meddelande var större än vi kan ta emot per e-post. Skicka din begäran igen som vanlig text, utan stora bilagor.",
        RejectionReason.TooManyParts or RejectionReason.TooDeeplyNested =>
            "Ditt meddelande var uppbyggt på ett sätt som vi inte kan läsa säkert (för många inbäddade delar). Skicka din begäran igen som ett vanligt meddelande.",
        RejectionReason.TooManyAttachments =>
            "Ditt meddelande hade fler bilagor än vi kan ta emot per e-post. Skicka din begäran igen med färre bilagor.",
        RejectionReason.AttachmentTooLarge =>
            "En bilaga i ditt meddelande var större än vi kan ta emot per e-post. Skicka din begäran igen utan den eller med en mindre fil.",
        RejectionReason.Malformed =>
            "Vi kunde inte läsa ditt meddelande. Skicka din begäran igen som ett vanligt meddelande.",
        RejectionReason.MissingSender =>
            "Det framgick inte vem som skickade meddelandet, så vi kan inte svara. Skicka det igen från din egen e-postadress.",
        RejectionReason.Empty =>
            "Ditt meddelande var tomt. Berätta med några ord vad du vill att vi gör med dina personuppgifter.",
        RejectionReason.UnsupportedPost =>
            "Meddelandet kom inte fram i en form som vi kan läsa. Skicka din begäran igen.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
