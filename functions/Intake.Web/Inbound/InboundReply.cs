using Intake.Core.Inbound;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Web.Inbound;

/// <summary>
/// The replies to a person whose mail could not be taken: the reason in their language, plain text,
/// no links. It never asks for a form or a signature — only for a mail we can read.
/// </summary>
public static class InboundReply
{
    public static MailMessage For(InboundRejected rejected, string to)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var explanation = rejected.ExplanationIn(rejected.Language);
        return MailTemplates.Note(to, rejected.Language, InboundReplyTexts.All.For(rejected.Language).RejectedSubject, explanation);
    }

    /// <summary>
    /// The one reply per hour to a sender whose mails came faster than the per-address limit: this
    /// mail was not taken, write again later. Sent once per window, never per mail.
    /// </summary>
    public static MailMessage TooMany(string to, Language language)
    {
        var texts = InboundReplyTexts.All.For(language);
        return MailTemplates.Note(to, language, texts.TooManySubject, texts.TooManyText);
    }
}
