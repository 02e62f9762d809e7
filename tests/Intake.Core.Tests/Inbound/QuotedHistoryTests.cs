using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public sealed class QuotedHistoryTests
{
    [Fact]
    public void A_gmail_reply_loses_the_attribution_and_the_quote()
    {
        const string text = """
            Yes, please delete it.

            On Tue, 3 Mar 2026 at 10:12, Clerica Oy <privacy@example.com> wrote:
            > Your access request R-7K3M-9QX2-HP was received.
            > Please confirm it.
            """;

        Assert.Equal("Yes, please delete it.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void An_attribution_wrapped_over_two_lines_is_removed_whole()
    {
        const string text = """
            Kyllä, jatkakaa.

            On Tue, 3 Mar 2026 at 10:12, Matti Meikäläinen <
            matti@example.com> wrote:

            > Vahvistatteko pyynnön?
            """;

        Assert.Equal("Kyllä, jatkakaa.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void A_finnish_kirjoitti_attribution_is_removed()
    {
        const string text = """
            Poistakaa tietoni.

            ti 3.3.2026 klo 10.12 Clerica Oy (tietosuoja@example.com) kirjoitti:
            > Hei, vahvista pyyntösi.
            """;

        Assert.Equal("Poistakaa tietoni.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void A_swedish_skrev_attribution_is_removed()
    {
        const string text = """
            Radera mina uppgifter.

            Den tis 3 mars 2026 kl 10:12 skrev Clewer <info@example.com>:
            > Hej, bekräfta din begäran.
            """;

        Assert.Equal("Radera mina uppgifter.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void A_finnish_outlook_header_block_cuts_the_rest()
    {
        const string text = """
            Korjatkaa osoitteeni, uusi on Esimerkkitie 2.

            ________________________________
            Lähettäjä: Clerica Oy <tietosuoja@example.com>
            Lähetetty: tiistai 3. maaliskuuta 2026 10.12
            Vastaanottaja: Matti Meikäläinen <matti@example.com>
            Aihe: Tarkastuspyyntö vastaanotettu

            Hei, olemme vastaanottaneet tarkastuspyyntösi.
            """;

        Assert.Equal("Korjatkaa osoitteeni, uusi on Esimerkkitie 2.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void An_english_outlook_header_block_with_bold_labels_cuts_the_rest()
    {
        const string text = """
            Please go ahead.

            *From:* Clewer <info@example.com>
            *Sent:* Tuesday, March 3, 2026 10:12 AM
            *To:* John Example <john@example.com>
            *Subject:* Your request
            Please confirm your access request.
            """;

        Assert.Equal("Please go ahead.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void An_original_message_rule_cuts_the_rest()
    {
        const string text = """
            Jag bekräftar.
            -----Ursprungligt meddelande-----
            Bekräfta din begäran om registerutdrag.
            """;

        Assert.Equal("Jag bekräftar.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void Inline_answers_between_quotes_are_kept()
    {
        const string text = """
            > Do you want a copy of your data?
            Yes, a copy please.
            > Should we also delete it?
            No.
            """;

        Assert.Equal("Yes, a copy please.\nNo.", QuotedHistory.Remove(text));
    }

    [Fact]
    public void A_forward_keeps_the_forwarded_mail()
    {
        const string text = """
            Ks. alla oleva pyyntö.

            ---------- Forwarded message ---------
            From: Matti Meikäläinen <matti@example.com>
            Date: Tue, 3 Mar 2026 at 10:12
            Subject: Tarkastuspyyntö
            To: <info@example.com>

            Haluan nähdä tietoni.
            """;

        var result = QuotedHistory.Remove(text, "Fwd: Tarkastuspyyntö");

        Assert.Contains("Haluan nähdä tietoni.", result, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlook_forward_is_told_apart_by_its_subject()
    {
        const string text = """
            Välitän asiakkaan pyynnön.

            Lähettäjä: Anna Andersson <anna@example.com>
            Lähetetty: tiistai 3. maaliskuuta 2026 10.12
            Vastaanottaja: info@example.com
            Aihe: Radera mina uppgifter

            Radera mina uppgifter.
            """;

        Assert.Contains("Radera mina uppgifter.", QuotedHistory.Remove(text, "VL: Radera mina uppgifter"), StringComparison.Ordinal);
        Assert.DoesNotContain("Radera mina uppgifter.", QuotedHistory.Remove(text, "Re: Radera mina uppgifter"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mail_that_is_all_quote_is_kept_as_it_was()
    {
        const string text = "> Poistakaa tietoni.\n> Kiitos.";

        Assert.Equal(text, QuotedHistory.Remove(text));
    }

    [Fact]
    public void A_line_ending_in_kirjoitti_that_introduces_no_quote_is_the_persons_own_text()
    {
        const string text = "Lääkärini kirjoitti lausunnon:\nolen turvakiellon alainen.";

        Assert.Equal(text, QuotedHistory.Remove(text));
    }
}
