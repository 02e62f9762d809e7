using System.Text.Encodings.Web;
using Intake.Core.Inbound;
using Intake.Core.Notifications;
using Intake.Core.Requests;

namespace Intake.Web.Inbound;

/// <summary>
/// The replies to a person whose mail could not be taken: the reason in their language (Finnish,
/// Swedish or English; Estonian readers get English), plain text, no links. It never asks for a
/// form or a signature — only for a mail we can read.
/// </summary>
public static class InboundReply
{
    public static MailMessage For(InboundRejected rejected, string to)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var explanation = rejected.ExplanationIn(rejected.Language);
        var subject = rejected.Language switch
        {
            Language.Fi => "Viestiäsi ei voitu käsitellä",
            Language.Sv => "Vi kunde inte behandla ditt meddelande",
            _ => "We could not process your message",
        };
        return Plain(to, subject, explanation);
    }

    /// <summary>
    /// The one reply per hour to a sender whose mails came faster than the per-address limit: this
    /// mail was not taken, write again later. Sent once per window, never per mail.
    /// </summary>
    public static MailMessage TooMany(string to, Language language)
    {
        var (subject, text) = language switch
        {
            Language.Fi => ("Viestiäsi ei käsitelty",
                "Osoitteestasi on tullut lyhyessä ajassa enemmän viestejä kuin otamme vastaan, joten viestiäsi ei käsitelty eikä tallennettu. Lähetä se uudelleen tunnin kuluttua. Tämä ilmoitus lähetetään vain kerran: seuraavista liian aikaisin tulleista viesteistä emme ilmoita erikseen."),
            Language.Sv => ("Ditt meddelande behandlades inte",
                "Det har kommit fler meddelanden från din adress på kort tid än vi tar emot, så ditt meddelande behandlades inte och sparades inte. Skicka det igen om en timme. Vi meddelar detta bara en gång: om fler meddelanden kommer för tidigt hör du inte av oss om dem."),
            _ => ("Your message was not processed",
                "More messages came from your address in a short time than we accept, so your message was neither processed nor stored. Please send it again in an hour. We tell you this only once: further messages that arrive too soon get no reply."),
        };
        return Plain(to, subject, text);
    }

    private static MailMessage Plain(string to, string subject, string text) => new(
        RecipientAddress.Require(to),
        subject,
        text,
        $"<p>{HtmlEncoder.Default.Encode(text)}</p>",
        []);
}
