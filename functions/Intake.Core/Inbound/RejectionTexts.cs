using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Core.Inbound;

/// <summary>
/// The sentences a person reads when their mail could not be taken in. Each says what was wrong and
/// what to do instead; none blames the person or asks for anything the GDPR does not need (no form,
/// no signature).
/// </summary>
public static class RejectionTexts
{
    public static Translations<IReadOnlyDictionary<RejectionReason, string>> All { get; } = new(
        fi: new Dictionary<RejectionReason, string>
        {
            [RejectionReason.TooLarge] = "Viestisi oli suurempi kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen pelkkänä tekstinä ilman suuria liitteitä.",
            [RejectionReason.TooManyParts] = NestedFi,
            [RejectionReason.TooDeeplyNested] = NestedFi,
            [RejectionReason.TooManyAttachments] = "Viestissäsi oli enemmän liitteitä kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen vähemmillä liitteillä.",
            [RejectionReason.AttachmentTooLarge] = "Viestisi liite oli suurempi kuin sähköpostitse voimme vastaanottaa. Lähetä pyyntösi uudelleen ilman sitä tai pienemmällä tiedostolla.",
            [RejectionReason.Malformed] = "Emme pystyneet lukemaan viestiäsi. Lähetä pyyntösi uudelleen tavallisena viestinä.",
            [RejectionReason.MissingSender] = "Viestistäsi ei käynyt ilmi lähettäjä, joten emme voi vastata siihen. Lähetä se uudelleen omasta sähköpostiosoitteestasi.",
            [RejectionReason.Empty] = "Viestisi oli tyhjä. Kerro muutamalla sanalla, mitä haluat meidän tekevän henkilötiedoillesi.",
            [RejectionReason.UnsupportedPost] = "Viesti ei saapunut muodossa, jota pystymme lukemaan. Lähetä pyyntösi uudelleen.",
        },
        sv: new Dictionary<RejectionReason, string>
        {
            [RejectionReason.TooLarge] = "Ditt meddelande var större än vi kan ta emot per e-post. Skicka din begäran igen som vanlig text, utan stora bilagor.",
            [RejectionReason.TooManyParts] = NestedSv,
            [RejectionReason.TooDeeplyNested] = NestedSv,
            [RejectionReason.TooManyAttachments] = "Ditt meddelande hade fler bilagor än vi kan ta emot per e-post. Skicka din begäran igen med färre bilagor.",
            [RejectionReason.AttachmentTooLarge] = "En bilaga i ditt meddelande var större än vi kan ta emot per e-post. Skicka din begäran igen utan den eller med en mindre fil.",
            [RejectionReason.Malformed] = "Vi kunde inte läsa ditt meddelande. Skicka din begäran igen som ett vanligt meddelande.",
            [RejectionReason.MissingSender] = "Det framgick inte vem som skickade meddelandet, så vi kan inte svara. Skicka det igen från din egen e-postadress.",
            [RejectionReason.Empty] = "Ditt meddelande var tomt. Berätta med några ord vad du vill att vi gör med dina personuppgifter.",
            [RejectionReason.UnsupportedPost] = "Meddelandet kom inte fram i en form som vi kan läsa. Skicka din begäran igen.",
        },
        en: new Dictionary<RejectionReason, string>
        {
            [RejectionReason.TooLarge] = "Your message was larger than we can receive by email. Please send your request again as plain text, without large attachments.",
            [RejectionReason.TooManyParts] = NestedEn,
            [RejectionReason.TooDeeplyNested] = NestedEn,
            [RejectionReason.TooManyAttachments] = "Your message had more attachments than we can receive by email. Please send your request again with fewer attachments.",
            [RejectionReason.AttachmentTooLarge] = "An attachment in your message was larger than we can receive by email. Please send your request again without it, or with a smaller file.",
            [RejectionReason.Malformed] = "We could not read your message. Please send your request again as a plain message.",
            [RejectionReason.MissingSender] = "Your message did not say who sent it, so we cannot answer it. Please send it again from your own email address.",
            [RejectionReason.Empty] = "Your message was empty. Please tell us in a few words what you would like us to do with your personal data.",
            [RejectionReason.UnsupportedPost] = "The message did not arrive in a form we can read. Please send your request again.",
        },
        et: new Dictionary<RejectionReason, string>
        {
            [RejectionReason.TooLarge] = "Teie kiri oli suurem, kui saame e-posti teel vastu võtta. Palun saatke oma taotlus uuesti lihttekstina, ilma suurte manusteta.",
            [RejectionReason.TooManyParts] = NestedEt,
            [RejectionReason.TooDeeplyNested] = NestedEt,
            [RejectionReason.TooManyAttachments] = "Teie kirjas oli rohkem manuseid, kui saame e-posti teel vastu võtta. Palun saatke oma taotlus uuesti väiksema arvu manustega.",
            [RejectionReason.AttachmentTooLarge] = "Teie kirja manus oli suurem, kui saame e-posti teel vastu võtta. Palun saatke oma taotlus uuesti ilma selleta või väiksema failiga.",
            [RejectionReason.Malformed] = "Me ei suutnud teie kirja lugeda. Palun saatke oma taotlus uuesti tavalise kirjana.",
            [RejectionReason.MissingSender] = "Teie kirjast ei selgunud, kes selle saatis, seega ei saa me sellele vastata. Palun saatke see uuesti oma e-posti aadressilt.",
            [RejectionReason.Empty] = "Teie kiri oli tühi. Palun kirjutage mõne sõnaga, mida soovite, et me teie isikuandmetega teeksime.",
            [RejectionReason.UnsupportedPost] = "Kiri ei saabunud kujul, mida suudame lugeda. Palun saatke oma taotlus uuesti.",
        });

    public static string Explain(RejectionReason reason, Language language) =>
        All.For(language).TryGetValue(reason, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, null);

    // One sentence for both ways a message can be built too intricately: the person cannot tell them apart.
    private const string NestedFi = "Viestisi rakennetta emme pysty lukemaan turvallisesti (liian monta sisäkkäistä osaa). Lähetä pyyntösi uudelleen tavallisena viestinä.";
    private const string NestedSv = "Ditt meddelande var uppbyggt på ett sätt som vi inte kan läsa säkert (för många inbäddade delar). Skicka din begäran igen som ett vanligt meddelande.";
    private const string NestedEn = "Your message was built in a way our mail intake cannot read safely (too many nested parts). Please send your request again as a plain message.";
    private const string NestedEt = "Teie kiri oli üles ehitatud viisil, mida meie e-posti vastuvõtt ei suuda turvaliselt lugeda (liiga palju üksteise sees olevaid osi). Palun saatke oma taotlus uuesti tavalise kirjana.";
}
