using System.Text.Encodings.Web;
using Intake.Core.Inbound;
using Intake.Core.Notifications;
using Intake.Core.Requests;

namespace Intake.Web.Inbound;

/// <summary>
/// The reply to a person whose mail could not be taken: the reason in their language (Finnish,
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
        return new MailMessage(
            RecipientAddress.Require(to),
            subject,
            explanation,
            $"<p>{HtmlEncoder.Default.Encode(explanation)}</p>",
            []);
    }
}
