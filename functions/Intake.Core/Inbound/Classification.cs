using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// What an email most likely asks for. When <see cref="IsCertain"/> is false the wording did not
/// settle it (nothing matched, or two types scored close): staff triage the request. Uncertainty
/// never rejects a request — under the GDPR any wording in any channel is a valid request.
/// </summary>
/// <param name="Type">The best-scoring type; <see cref="RequestType.Contact"/> when nothing matched.</param>
/// <param name="IsCertain">True when one type clearly won.</param>
/// <param name="MatchedTerms">The lexicon patterns that matched, as written in <see cref="ClassifierLexicon"/>, best first.</param>
/// <param name="Language">The language to answer in, guessed from the text.</param>
/// <param name="LanguageIsConfident">False when the text gave little or mixed evidence and <see cref="Language"/> is a fallback.</param>
public sealed record Classification(
    RequestType Type,
    bool IsCertain,
    IReadOnlyList<string> MatchedTerms,
    Language Language,
    bool LanguageIsConfident)
{
    /// <summary>The score of every type that matched anything, for staff and for tests.</summary>
    public IReadOnlyDictionary<RequestType, int> Scores { get; init; } = new Dictionary<RequestType, int>();

    /// <summary>Other types that scored close to <see cref="Type"/>: what staff should consider.</summary>
    public IReadOnlyList<RequestType> Alternatives { get; init; } = [];
}
