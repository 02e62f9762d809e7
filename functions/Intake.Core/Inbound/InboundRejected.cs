using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// A mail from a person that could not be taken in. The caller may answer <see cref="Sender"/>
/// with <see cref="Explanation"/>; when <see cref="Sender"/> is null there is nobody to answer and
/// the mail is only recorded. An automated mail is never rejected: it is <see cref="InboundIgnored"/>,
/// so a rejection reply can never start a loop.
/// </summary>
/// <param name="Reason">What was wrong.</param>
/// <param name="Sender">The <c>From</c> address when one could be read.</param>
/// <param name="Language">The language guessed from what could be read, for the reply.</param>
/// <param name="MessageId">The mail's <c>Message-ID</c>, if it could be read.</param>
public sealed record InboundRejected(
    RejectionReason Reason,
    InboundAddress? Sender,
    Language Language,
    string? MessageId) : InboundReadResult
{
    /// <summary>The reason in <see cref="Language"/>, written for the person, suitable for a reply.</summary>
    public string Explanation => RejectionTexts.Explain(Reason, Language);

    /// <summary>The reason in another language, e.g. the controller's staff language.</summary>
    public string ExplanationIn(Language language) => RejectionTexts.Explain(Reason, language);
}
