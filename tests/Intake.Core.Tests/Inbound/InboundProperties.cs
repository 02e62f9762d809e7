using FsCheck.Xunit;
using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public sealed class InboundProperties
{
    [Property(MaxTest = 500)]
    public bool Classification_never_throws_whatever_the_text(string? subject, string? body)
    {
        var result = RequestClassifier.Classify(subject, body);
        return Enum.IsDefined(result.Type);
    }

    [Property(Arbitrary = [typeof(InboundArbitraries)], MaxTest = 300)]
    public bool Classification_ignores_letter_case(MailWords words)
    {
        var lower = RequestClassifier.Classify(words.Subject, words.Body);
        var upper = RequestClassifier.Classify(words.Subject.ToUpperInvariant(), words.Body.ToUpperInvariant());
        return SameOutcome(lower, upper);
    }

    [Property(Arbitrary = [typeof(InboundArbitraries)], MaxTest = 300)]
    public bool Classification_ignores_nordic_diacritics(MailWords words)
    {
        var written = RequestClassifier.Classify(words.Subject, words.Body);
        var stripped = RequestClassifier.Classify(StripNordic(words.Subject), StripNordic(words.Body));
        return SameOutcome(written, stripped);
    }

    [Property(MaxTest = 500)]
    public bool A_single_line_never_keeps_a_line_break_or_control_character(string? text) =>
        MailText.SingleLine(text).All(c => !char.IsControl(c) && c is not '\u2028' and not '\u2029');

    [Property(MaxTest = 500)]
    public bool Normalising_a_single_line_twice_changes_nothing(string? text) =>
        MailText.SingleLine(MailText.SingleLine(text)) == MailText.SingleLine(text);

    [Property(MaxTest = 500)]
    public bool A_body_keeps_only_newlines_as_line_breaks(string? text) =>
        MailText.Body(text).All(c => c == '\n' || !char.IsControl(c));

    [Property(Arbitrary = [typeof(InboundArbitraries)], MaxTest = 300)]
    public bool Removing_quoted_history_keeps_every_written_line_and_no_quoted_one(ReplyLines reply)
    {
        var result = QuotedHistory.Remove(string.Join('\n', reply.Lines.Select(line => line.Text))).Split('\n');
        return reply.Lines.Where(line => !line.Quoted).All(line => result.Contains(line.Text))
            && !result.Any(line => line.StartsWith('>'));
    }

    [Property(MaxTest = 300)]
    public bool The_language_guess_never_throws(string? text) =>
        Enum.IsDefined(LanguageGuesser.Guess(text).Language);

    private static bool SameOutcome(Classification first, Classification second) =>
        first.Type == second.Type
        && first.IsCertain == second.IsCertain
        && first.Scores.Count == second.Scores.Count
        && first.Scores.All(pair => second.Scores.TryGetValue(pair.Key, out var score) && score == pair.Value);

    private static string StripNordic(string text) => text
        .Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a')
        .Replace('Ä', 'A').Replace('Ö', 'O').Replace('Å', 'A');
}
