using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// One wording that points to a request type. The pattern is a sequence of words separated by
/// spaces; each word is a set of alternatives separated by <c>|</c>; an alternative ending in
/// <c>*</c> matches any word it begins (a stem, for Finnish and Swedish inflection:
/// <c>tarkastuspyyn*</c> matches <c>tarkastuspyynnön</c>), one starting and ending in <c>*</c> matches
/// any word containing it (Finnish compounds: <c>*markkinoin*</c> matches
/// <c>sähköpostimarkkinointia</c>), any other matches the whole word. The words must occur in order
/// with at most <see cref="MaxGap"/> other words between neighbours ("delete all my personal data").
/// Matching is case-insensitive and blind to diacritics on both sides.
/// </summary>
/// <param name="Type">The request type the wording points to.</param>
/// <param name="Language">The language the wording is from (for documentation and tests).</param>
/// <param name="Pattern">The pattern as written, with diacritics.</param>
/// <param name="Weight">How strongly it points: 1 a hint, 5 or more a wording that names the right itself.</param>
/// <param name="StatesSituation">
/// For objections: the wording names the person's particular situation (Art 21(1)), so the objection
/// is not merely one to direct marketing.
/// </param>
public sealed record ClassifierTerm(RequestType Type, Language Language, string Pattern, int Weight, bool StatesSituation = false)
{
    /// <summary>How many other words may stand between two words of a pattern.</summary>
    public const int MaxGap = 4;
}
