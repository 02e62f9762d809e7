using Intake.Core.DataMaps;
using Intake.Core.Notifications;
using Intake.Core.Reports;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Templates.Rendering;

namespace Intake.Templates.Mail;

/// <summary>The Art 19 letter to a recipient (<see cref="RecipientNoticeText"/>) with its HTML part.</summary>
public static class RecipientNoticeMail
{
    public static MailMessage Render(
        DataMap map,
        RecipientDefinition recipient,
        RequestId request,
        RequestType type,
        PersonKeys person,
        Rectification? rectification,
        IReadOnlyList<SourceDefinition> sources)
    {
        var letter = RecipientNoticeText.Compose(map, recipient, request, type, person, rectification, sources);
        var html = HtmlDocument.Render<RecipientNoticeHtml>(new Dictionary<string, object?> { [nameof(RecipientNoticeHtml.Text)] = letter.Text });
        return letter with { Html = html };
    }
}
