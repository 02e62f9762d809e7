using Intake.Core.Requests;

namespace Intake.Core.Notifications.Texts;

/// <summary>
/// The words of one kind of mail in one language. Paragraphs may name values in braces
/// (<c>{reference}</c>, <c>{due}</c>…); a paragraph whose value is unknown is left out, which is
/// how "the due date, where known" is said.
/// </summary>
/// <param name="Subject">The subject line; every subject carries <c>{reference}</c> so replies can be matched.</param>
/// <param name="Body">What the mail is about, before its sections.</param>
/// <param name="Next">What happens next: every mail to a person says it.</param>
internal sealed record KindText(string Subject, IReadOnlyList<string> Body, IReadOnlyList<string> Next)
{
    /// <summary>A paragraph that depends on the request type, placed after the first body paragraph.</summary>
    public IReadOnlyDictionary<RequestType, string> ByType { get; init; } = new Dictionary<RequestType, string>();
}
