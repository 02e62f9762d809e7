using Intake.Core.Notifications.Layout;
using Intake.Core.Notifications.Texts;

namespace Intake.Core.Notifications;

/// <summary>
/// Renders every <see cref="MailKind"/> in Finnish, Swedish, English and Estonian, as plain text
/// and HTML. Pure: the same context gives the same mail.
/// </summary>
public static class MailTemplates
{
    /// <summary>
    /// Renders one mail. Values a person typed are HTML-encoded in the HTML part and reduced to
    /// one capped line in the subject. Only the links <see cref="MailKindFacts.AllowedLinks"/> names
    /// for the kind are shown.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <see cref="MailContext.To"/> is not one plain address; a link is not an absolute http(s)
    /// URL; or the kind lacks what the law or its purpose requires (reasons for an extension or
    /// refusal, the new due date, the question, the verify or download link, the person in an
    /// Art 19 notice).
    /// </exception>
    public static MailMessage Render(MailContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var to = RecipientAddress.Require(context.To, nameof(context));
        MailRequirements.Check(context);

        var texts = MailTextCatalog.For(context.Language);
        var links = new List<MailLink>();
        foreach (var name in context.Kind.AllowedLinks())
        {
            if (context.Links.TryGetValue(name, out var url))
            {
                links.Add(new MailLink(name, texts.LinkLabels[name], url));
            }
        }

        var document = MailDocuments.Compose(context, texts, links);
        return new MailMessage(to, document.Subject, PlainTextRenderer.Render(document), HtmlRenderer.Render(document), links)
        {
            Reference = context.Reference,
            Kind = context.Kind,
        };
    }
}
