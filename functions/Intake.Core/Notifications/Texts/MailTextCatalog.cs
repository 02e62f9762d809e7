using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Core.Notifications.Texts;

/// <summary>The mail text table of each language; every table has every kind, so a mail is never switched to another language.</summary>
internal static class MailTextCatalog
{
    public static Translations<MailTexts> Tables { get; } =
        new(FinnishMailTexts.Texts, SwedishMailTexts.Texts, EnglishMailTexts.Texts, EstonianMailTexts.Texts);

    public static IReadOnlyList<MailTexts> All { get; } = [.. Tables.All.Select(pair => pair.Value)];

    public static MailTexts For(Language language) => Tables.For(language);
}
