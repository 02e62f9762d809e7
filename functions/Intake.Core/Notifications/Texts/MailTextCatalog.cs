using Intake.Core.Requests;

namespace Intake.Core.Notifications.Texts;

/// <summary>Picks the text table for a mail: the asked language when it has the kind, else English as a whole.</summary>
internal static class MailTextCatalog
{
    public static IReadOnlyList<MailTexts> All { get; } =
        [FinnishMailTexts.Texts, SwedishMailTexts.Texts, EnglishMailTexts.Texts, EstonianMailTexts.Texts];

    public static MailTexts For(Language language, MailKind kind)
    {
        var asked = language switch
        {
            Language.Fi => FinnishMailTexts.Texts,
            Language.Sv => SwedishMailTexts.Texts,
            Language.Et => EstonianMailTexts.Texts,
            _ => EnglishMailTexts.Texts,
        };

        // A mail is written in one language: mixing an Estonian greeting with an English letter
        // would read as a mistake, so a missing kind switches the whole mail to English.
        return asked.Kinds.ContainsKey(kind) ? asked : EnglishMailTexts.Texts;
    }
}
