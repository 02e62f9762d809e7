using Intake.Core.Notifications;
using Intake.Core.Notifications.Layout;
using Intake.Templates.Rendering;

namespace Intake.Templates.Mail;

/// <summary>
/// Renders every <see cref="MailKind"/> in Finnish, Swedish, English and Estonian, as plain text
/// and HTML. Pure: the same context gives the same mail.
/// </summary>
public static class MailTemplates
{
    /// <inheritdoc cref="MailDocuments.Compose(MailContext)"/>
    public static MailMessage Render(MailContext context)
    {
        var document = MailDocuments.Compose(context);
        var html = HtmlDocument.Render<MailHtml>(new Dictionary<string, object?> { [nameof(MailHtml.Document)] = document });
        return new MailMessage(document.To, document.Subject, PlainTextRenderer.Render(document), html, document.Links)
        {
            Reference = document.Reference,
            Kind = document.Kind,
        };
    }
}
