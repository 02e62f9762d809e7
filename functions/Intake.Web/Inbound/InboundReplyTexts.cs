using Intake.Core.Texts;

namespace Intake.Web.Inbound;

/// <summary>The words of the replies to mail that was not taken in, one table per language.</summary>
/// <param name="RejectedSubject">The subject of the reply that explains why a mail could not be read.</param>
/// <param name="TooManySubject">The subject of the once-an-hour reply to a sender over the rate limit.</param>
/// <param name="TooManyText">Its text: the mail was neither processed nor stored, and no further notice comes.</param>
public sealed record InboundReplyTexts(string RejectedSubject, string TooManySubject, string TooManyText)
{
    public static Translations<InboundReplyTexts> All { get; } = new(
        fi: new(
            "Viestiäsi ei voitu käsitellä",
            "Viestiäsi ei käsitelty",
            "Osoitteestasi on tullut lyhyessä ajassa enemmän viestejä kuin otamme vastaan, joten viestiäsi ei käsitelty eikä tallennettu. Lähetä se uudelleen tunnin kuluttua. Tämä ilmoitus lähetetään vain kerran: seuraavista liian aikaisin tulleista viesteistä emme ilmoita erikseen."),
        sv: new(
            "Vi kunde inte behandla ditt meddelande",
            "Ditt meddelande behandlades inte",
            "Det har kommit fler meddelanden från din adress på kort tid än vi tar emot, så ditt meddelande behandlades inte och sparades inte. Skicka det igen om en timme. Vi meddelar detta bara en gång: om fler meddelanden kommer för tidigt hör du inte av oss om dem."),
        en: new(
            "We could not process your message",
            "Your message was not processed",
            "More messages came from your address in a short time than we accept, so your message was neither processed nor stored. Please send it again in an hour. We tell you this only once: further messages that arrive too soon get no reply."),
        et: new(
            "Me ei saanud teie kirja menetleda",
            "Teie kirja ei menetletud",
            "Teie aadressilt saabus lühikese aja jooksul rohkem kirju, kui me vastu võtame, seega teie kirja ei menetletud ega salvestatud. Palun saatke see uuesti tunni aja pärast. Teatame sellest ainult üks kord: järgmistele liiga vara saabunud kirjadele me ei vasta."));
}
