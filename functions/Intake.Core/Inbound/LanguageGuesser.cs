using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// Guesses whether a mail is written in Finnish, Swedish, English or Estonian, so the reply is in
/// the person's language. It counts common function words of each language (the words every
/// sentence needs: "ja", "och", "the", "palun"), letters only one language uses (Swedish å,
/// Estonian õ) and Finnish case endings. Without evidence it falls back to Finnish, the language of
/// both sample controllers' notices.
/// </summary>
public static class LanguageGuesser
{
    /// <summary>The language when the text gives no evidence.</summary>
    public const Language Fallback = Language.Fi;

    // Only the first part of a long mail is read: the greeting and first sentences decide.
    private const int CharactersRead = 5_000;

    private static readonly HashSet<string> Finnish = Set(
        "ja", "on", "ei", "että", "minun", "minä", "mä", "olen", "haluan", "haluaisin", "pyydän", "pyytäisin",
        "tietoni", "tiedot", "tietojen", "tietoja", "tietojani", "teillä", "teidän", "teiltä", "kiitos", "hei",
        "moi", "terveisin", "ystävällisin", "kanssa", "koska", "myös", "sekä", "ovat", "tämä", "joka", "mitä",
        "voitteko", "voisitteko", "rekisteristä", "rekisterissä", "kuin", "tai", "jos", "niin", "minusta",
        "minulle", "olisi", "kaikki", "henkilötietoni", "henkilötietojeni", "nimeni");

    private static readonly HashSet<string> Swedish = Set(
        "och", "jag", "att", "är", "inte", "mina", "min", "mig", "mitt", "uppgifter", "personuppgifter", "vill",
        "tack", "hej", "hälsningar", "vänliga", "med", "för", "det", "som", "på", "av", "till", "ni", "er",
        "era", "ert", "har", "kan", "ska", "skulle", "om", "eller", "den", "också", "begär", "vänligen", "alla",
        "från", "hos", "enligt");

    private static readonly HashSet<string> English = Set(
        "the", "and", "my", "to", "of", "please", "want", "request", "you", "your", "is", "would", "like",
        "thank", "thanks", "regards", "dear", "hello", "hi", "me", "have", "that", "this", "for", "with",
        "personal", "under", "kind", "sincerely", "about", "all", "any", "are", "can", "do", "be", "it", "we",
        "our");

    private static readonly HashSet<string> Estonian = Set(
        "palun", "minu", "mind", "mulle", "andmed", "andmeid", "isikuandmed", "isikuandmeid", "tere",
        "lugupidamisega", "kustutada", "soovin", "teie", "ning", "kas", "mis", "oma", "ka", "see", "aitäh",
        "tänan");

    private static readonly string[] FinnishEndings = ["ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "ksi", "nsa", "nsä"];

    public static LanguageGuess Guess(string? text)
    {
        var scores = new Dictionary<Language, int> { [Language.Fi] = 0, [Language.Sv] = 0, [Language.En] = 0, [Language.Et] = 0 };
        foreach (var word in Words(text))
        {
            if (Finnish.Contains(word))
            {
                scores[Language.Fi] += 2;
            }
            else if (word.Length >= 5 && FinnishEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)))
            {
                scores[Language.Fi] += 1;
            }

            if (Swedish.Contains(word))
            {
                scores[Language.Sv] += 2;
            }

            if (word.Contains('å', StringComparison.Ordinal))
            {
                scores[Language.Sv] += 2;
            }

            if (English.Contains(word))
            {
                scores[Language.En] += 2;
            }

            if (Estonian.Contains(word))
            {
                scores[Language.Et] += 2;
            }

            if (word.Contains('õ', StringComparison.Ordinal))
            {
                scores[Language.Et] += 3;
            }
        }

        // Ties go to the order of this list: Finnish, Swedish, English, Estonian.
        var ranked = scores.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).ToList();
        var (best, top) = (ranked[0].Key, ranked[0].Value);
        var second = ranked[1].Value;
        if (top == 0)
        {
            return new LanguageGuess(Fallback, IsConfident: false);
        }

        return new LanguageGuess(best, IsConfident: top >= 4 && 2 * top >= 3 * second);
    }

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var read = text.Length > CharactersRead ? text[..CharactersRead] : text;
        var start = -1;
        for (var i = 0; i <= read.Length; i++)
        {
            var isLetter = i < read.Length && char.IsLetter(read[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return read[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
