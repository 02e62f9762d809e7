using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class RejectionTextsTests
{
    public static TheoryData<RejectionReason, Language> EveryReasonInEveryLanguage()
    {
        var data = new TheoryData<RejectionReason, Language>();
        foreach (var reason in Enum.GetValues<RejectionReason>())
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                data.Add(reason, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryReasonInEveryLanguage))]
    public void Every_rejection_has_a_one_paragraph_explanation(RejectionReason reason, Language language)
    {
        var text = RejectionTexts.Explain(reason, language);

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Finnish_swedish_and_estonian_readers_get_their_own_language()
    {
        Assert.NotEqual(RejectionTexts.Explain(RejectionReason.TooLarge, Language.En), RejectionTexts.Explain(RejectionReason.TooLarge, Language.Fi));
        Assert.NotEqual(RejectionTexts.Explain(RejectionReason.TooLarge, Language.En), RejectionTexts.Explain(RejectionReason.TooLarge, Language.Sv));
        Assert.NotEqual(RejectionTexts.Explain(RejectionReason.TooLarge, Language.En), RejectionTexts.Explain(RejectionReason.TooLarge, Language.Et));
    }

    [Fact]
    public void No_explanation_asks_for_a_signature_or_a_form()
    {
        foreach (var (reason, language) in EveryReasonInEveryLanguage().Select(row => ((RejectionReason)row[0], (Language)row[1])))
        {
            var text = RejectionTexts.Explain(reason, language).ToLowerInvariant();
            Assert.DoesNotContain("allekirj", text, StringComparison.Ordinal);
            Assert.DoesNotContain("signat", text, StringComparison.Ordinal);
            Assert.DoesNotContain("underskrift", text, StringComparison.Ordinal);
            Assert.DoesNotContain("allkir", text, StringComparison.Ordinal);
        }
    }
}
