using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

/// <summary>Writes a lexicon pattern out as text that the pattern matches: each word's first alternative, stars removed.</summary>
internal static class LexiconText
{
    public static string Render(ClassifierTerm term) =>
        string.Join(' ', term.Pattern
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Split('|')[0].Trim('*')));
}
