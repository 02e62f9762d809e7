using Intake.Core.Notifications;
using Intake.Core.Notifications.Layout;
using Intake.Core.Requests;
using Intake.Templates.Rendering;

namespace Intake.Templates.Mail;

/// <summary>
/// Renders every <see cref="MailKind"/> in Finnish, Swedish, English and Estonian, as plain text
/// and HTML. Pure: the same context gives the same mail.
/// </summary>
public static class MailTemplates
{
    /// <inheritdoc cref="MailDocuments.Compose(MailContext)"/>
    public static MailMessage Render(MailContext context) => Draw(MailDocuments.Compose(context));

    /// <summary>
    /// A short note of our own words without links (the reply to a mail that could not be taken),
    /// drawn like every other mail.
    /// </summary>
    public static MailMessage Note(string to, Language language, string subject, string text) =>
        Draw(new MailDocument(RecipientAddress.Require(to), language, subject, [new ParagraphBlock(text)], []));

    private static MailMessage Draw(MailDocument document)
    {
        var html = HtmlDocument.Render<MailHtml>(new Dictionary<string, object?> { [nameof(MailHtml.Document)] = document });
        return new MailMessage(document.To, document.Subject, PlainTextRenderer.Render(document), html, document.Links)
        {
            Reference = document.Reference,
            Kind = document.Kind,
        };
    }
}
