using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// Reads the subject and body of an email and names the request type it most likely is. Each
/// <see cref="ClassifierLexicon"/> term found adds its weight to its type — twice its weight when it
/// stands in the subject, where people name what they want. The subject of a reply ("Re:", "Vs:",
/// "Sv:") was written by someone else — often it is our own mail's subject — so it counts only
/// when the body names nothing, and then once. A type is certain when it reaches
/// <see cref="CertainScore"/> and at least twice the next type's score; otherwise staff triage it.
/// </summary>
public static class RequestClassifier
{
    /// <summary>The score a type needs before the classifier is sure of it.</summary>
    public const int CertainScore = 4;

    /// <summary>
    /// Only the start of the body is read: people state their request first, and a pasted document
    /// must not make classification slow.
    /// </summary>
    public const int BodyCharactersRead = 10_000;

    private static readonly IReadOnlyList<TermMatcher> Matchers =
        ClassifierLexicon.Terms.Select(term => new TermMatcher(term)).ToArray();

    /// <summary>Classifies a mail's subject and body (quoted history already removed). Never throws.</summary>
    public static Classification Classify(string? subject, string? body)
    {
        var readBody = body is { Length: > BodyCharactersRead } ? body[..BodyCharactersRead] : body;
        var subjectWords = FoldedText.Words(subject);
        var bodyWords = FoldedText.Words(readBody);

        var matched = SubjectPrefix.IsReply(subject)
            ? Match(bodyWords, 1) is { Count: > 0 } fromBody ? fromBody : Match(subjectWords, 1)
            : Match(subjectWords, 2).Concat(Match(bodyWords, 1)).DistinctBy(match => match.Term).ToList();

        var scores = new Dictionary<RequestType, int>();
        foreach (var (term, points) in matched)
        {
            scores[term.Type] = scores.GetValueOrDefault(term.Type) + points;
        }

        RedirectBareObjectionToMarketing(scores, matched);

        var language = LanguageGuesser.Guess($"{subject}\n{readBody}");
        var terms = matched.OrderByDescending(match => match.Points).Select(match => match.Term.Pattern).Distinct().ToArray();
        var ranked = scores.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).ToList();
        if (ranked.Count == 0)
        {
            return new Classification(RequestType.Contact, IsCertain: false, terms, language.Language, language.IsConfident)
            {
                Scores = scores,
            };
        }

        var (best, top) = (ranked[0].Key, ranked[0].Value);
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        return new Classification(best, top >= CertainScore && top >= 2 * second, terms, language.Language, language.IsConfident)
        {
            Scores = scores,
            Alternatives = ranked.Skip(1).Where(pair => 2 * pair.Value > top).Select(pair => pair.Key).ToArray(),
        };
    }

    /// <summary>Classifies an accepted mail.</summary>
    public static Classification Classify(InboundMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return Classify(mail.Subject, mail.Body);
    }

    // Each term counts once: where it stands first (subject before body), times the factor.
    private static List<(ClassifierTerm Term, int Points)> Match(IReadOnlyList<string> words, int factor) =>
        Matchers.Where(matcher => matcher.IsFoundIn(words)).Select(matcher => (matcher.Term, factor * matcher.Term.Weight)).ToList();

    // Art 21(2)-(3): an objection to processing for direct marketing needs no grounds and must be
    // honoured at once. When a mail objects and names marketing but states no particular situation,
    // the objection is to direct marketing; leaving it split would send an absolute right to triage.
    private static void RedirectBareObjectionToMarketing(Dictionary<RequestType, int> scores, List<(ClassifierTerm Term, int Points)> matched)
    {
        var objection = scores.GetValueOrDefault(RequestType.ObjectionOnParticularGrounds);
        var marketing = scores.GetValueOrDefault(RequestType.ObjectionToDirectMarketing);
        if (objection == 0 || marketing == 0 || matched.Any(match => match.Term.StatesSituation))
        {
            return;
        }

        scores[RequestType.ObjectionToDirectMarketing] = marketing + objection;
        scores.Remove(RequestType.ObjectionOnParticularGrounds);
    }
}
