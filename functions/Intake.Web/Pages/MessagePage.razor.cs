using Intake.Core.Requests;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Pages;

public sealed partial class MessagePage
{
    /// <summary>A message of one paragraph, optionally with a way back; the status code goes with it.</summary>
    public static PageResult Result(Language language, int status, string title, string body, string? backHref = null, string? backLabel = null) =>
        new(PageView.Of<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Title)] = title,
            [nameof(Paragraphs)] = new[] { body },
            [nameof(BackHref)] = backHref,
            [nameof(BackLabel)] = backLabel,
        }), status);

    public static PageResult Result(Language language, int status, string title, string? switchPath, IReadOnlyList<string> paragraphs, RenderFragment? body = null) =>
        new(PageView.Of<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Title)] = title,
            [nameof(Paragraphs)] = paragraphs,
            [nameof(Body)] = body,
            [nameof(LanguageSwitchPath)] = switchPath,
        }), status);
}
