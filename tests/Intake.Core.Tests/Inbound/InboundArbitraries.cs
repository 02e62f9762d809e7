using FsCheck;
using FsCheck.Fluent;
using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public static class InboundArbitraries
{
    private static readonly string[] Filler =
    [
        "hei", "ja", "kiitos", "terveisin", "hej", "och", "tack", "hello", "please", "thanks", "my", "the",
        "Matti", "Anna", "2026", "R-7K3M-9QX2-HP", ",", ".", "!", "\n",
    ];

    private static readonly string[] ReplyText =
    [
        "Hei,", "Kiitos.", "Please delete my data.", "Jag vill ha ett registerutdrag.", "Terveisin Matti", "Yes.", "Tack!",
    ];

    private static readonly string[] QuotedText =
    [
        "> Your request R-7K3M-9QX2-HP was received.", "> Vahvista pyyntösi.", ">> older quote", "> Click the link to confirm.",
    ];

    public static Arbitrary<MailWords> MailWords()
    {
        var words = Gen.Frequency(
            (3, Gen.Elements(Filler)),
            (1, Gen.Elements(ClassifierLexicon.Terms.ToArray()).Select(LexiconText.Render)));
        var text = Gen.ListOf(words).Select(list => string.Join(' ', list));
        return Gen.Two(text).Select(pair => new MailWords(pair.Item1, pair.Item2)).ToArbitrary();
    }

    public static Arbitrary<ReplyLines> ReplyLines()
    {
        var line = Gen.Frequency(
            (1, Gen.Elements(ReplyText).Select(text => (text, false))),
            (1, Gen.Elements(QuotedText).Select(text => (text, true))));
        return Gen.NonEmptyListOf(line)
            .Where(lines => lines.Any(entry => !entry.Item2))
            .Select(lines => new ReplyLines(lines.ToArray()))
            .ToArbitrary();
    }
}
