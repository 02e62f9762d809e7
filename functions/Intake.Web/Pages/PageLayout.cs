using Intake.Core.Requests;

namespace Intake.Web.Pages;

/// <summary>Frames a main part still written as an <see cref="HtmlContent"/> string in <see cref="PageFrame"/>.</summary>
public static class PageLayout
{
    /// <param name="wide">A staff page of wide tables: its main column may use a wide screen.</param>
    public static PageView Render(Language language, string title, HtmlContent main, string? languageSwitchPath = null, bool wide = false) =>
        PageView.Of<InterimPage>(new Dictionary<string, object?>
        {
            [nameof(InterimPage.Language)] = language,
            [nameof(InterimPage.Title)] = title,
            [nameof(InterimPage.Main)] = main,
            [nameof(InterimPage.LanguageSwitchPath)] = languageSwitchPath,
            [nameof(InterimPage.Wide)] = wide,
        });
}
