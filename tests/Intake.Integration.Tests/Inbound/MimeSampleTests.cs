using Intake.Core.Inbound;
using Intake.Core.Requests;
using Intake.Web.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Integration.Tests.Inbound;

public sealed class MimeSampleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 8, 30, 0, TimeSpan.Zero);

    private readonly InboundMailReader reader = new(
        new InboundMailOptions { OwnAddresses = ["tietosuoja@example.com"] },
        new FakeTimeProvider(Now));

    [Fact]
    public async Task A_gmail_request_in_finnish_quoted_printable_reads_with_its_letters()
    {
        var mail = await Accepted("gmail-fi-access-request.eml");

        Assert.Equal(new InboundAddress("matti.meikalainen@example.com", "Matti Meikäläinen"), mail.From);
        Assert.Equal("Tarkastuspyyntö", mail.Subject);
        Assert.Contains("pyydän saada nähdä kaikki minusta tallennetut henkilötiedot (tarkastuspyyntö).", mail.Body, StringComparison.Ordinal);
        Assert.False(mail.BodyFromHtml);
        Assert.Equal("CAF1x0aB8fi-access@mail.example.com", mail.MessageId);
        Assert.Equal(["tietosuoja@example.com"], mail.To.Select(address => address.Address));
        Assert.Empty(mail.Attachments);
        AssertClassified(mail, RequestType.Access, Language.Fi);
    }

    [Fact]
    public async Task The_receipt_time_is_our_clock_not_the_senders_date()
    {
        var mail = await Accepted("gmail-fi-access-request.eml");

        Assert.Equal(Now, mail.Received);
        Assert.Equal("Tue, 3 Mar 2026 10:12:41 +0200", mail.Headers["Date"]);
    }

    [Fact]
    public async Task A_finnish_reply_is_classified_by_what_was_written_not_by_our_quoted_mail()
    {
        var mail = await Accepted("gmail-fi-reply-kirjoitti.eml");

        Assert.True(mail.QuotedHistoryRemoved);
        Assert.Equal("Kyllä, pyyntö on minun. Poistakaa samalla kaikki tietoni rekisteristänne.\n\nMatti", mail.Body);
        Assert.Equal("R-7K3M-9QX2-HP.verify@intake.example.com", mail.InReplyTo);
        Assert.Equal(["R-7K3M-9QX2-HP.verify@intake.example.com"], mail.References);
        AssertClassified(mail, RequestType.Erasure, Language.Fi);
    }

    [Fact]
    public async Task An_outlook_mail_in_iso_8859_1_loses_the_lahettaja_block()
    {
        var mail = await Accepted("outlook-fi-iso-8859-1.eml");

        Assert.Equal("Vs: Uutiskirje maaliskuu - osoitteen päivitys", mail.Subject);
        Assert.StartsWith("Hei,\n\nosoitteeni on muuttunut. Korjatkaa se rekisteriinne: uusi osoite on Esimerkkikatu 5 A 7, 00100 Helsinki.", mail.Body, StringComparison.Ordinal);
        Assert.EndsWith("Terveisin\nLiisa Esimerkki", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lähettäjä", mail.Body, StringComparison.Ordinal);
        AssertClassified(mail, RequestType.Rectification, Language.Fi);
    }

    [Fact]
    public async Task An_apple_mail_in_swedish_base64_loses_the_skrev_quote()
    {
        var mail = await Accepted("apple-mail-sv-base64.eml");

        Assert.Equal("Radera mina uppgifter", mail.Subject);
        Assert.Equal("Hej!\n\nJag vill att ni raderar alla mina personuppgifter. Jag är inte längre kund hos er.\n\nMed vänliga hälsningar\nAnna Andersson", mail.Body);
        AssertClassified(mail, RequestType.Erasure, Language.Sv);
    }

    [Fact]
    public async Task An_html_only_mail_becomes_text_without_markup_script_or_quote()
    {
        var mail = await Accepted("html-only-en.eml");

        Assert.True(mail.BodyFromHtml);
        Assert.Equal(
            "Dear Clewer team,\n\nUnder the right to data portability I ask for the data I gave you,\nin a machine-readable format (JSON or CSV) & nothing else.\n\n"
            + "Café loyalty number: 1245. Name: José Example.\n\n- order history\n- newsletter preferences\n\nThanks,\nJosé",
            mail.Body);
        Assert.Equal("José Example", mail.From.DisplayName);
        AssertClassified(mail, RequestType.Portability, Language.En);
    }

    [Fact]
    public async Task A_format_flowed_mail_is_joined_back_into_paragraphs()
    {
        var mail = await Accepted("thunderbird-en-flowed.eml");

        Assert.Contains("please stop sending me marketing emails and newsletters. I do not want any more offers from you.", mail.Body, StringComparison.Ordinal);
        AssertClassified(mail, RequestType.ObjectionToDirectMarketing, Language.En);
    }

    [Fact]
    public async Task An_attached_mandate_is_kept_with_its_encoded_name()
    {
        var mail = await Accepted("attachment-fi-mandate.eml");

        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("valtakirja_äiti.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(attachment.Content.Length, attachment.Size);
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(attachment.Content.Span), StringComparison.Ordinal);
        Assert.Equal("Hei,\n\nteen tarkastuspyynnön äitini Aino Esimerkin puolesta. Valtakirja on liitteenä.\n\nPekka Esimerkki", mail.Body);
        AssertClassified(mail, RequestType.Access, Language.Fi);
    }

    [Fact]
    public async Task An_out_of_office_reply_is_ignored()
    {
        var ignored = Assert.IsType<InboundIgnored>(await Read("out-of-office-fi.eml"));

        Assert.Equal(IgnoreReason.AutoReply, ignored.Reason);
        Assert.Equal("Auto-Submitted: auto-replied", ignored.Evidence);
        Assert.Equal("oof-liisa@example.com", ignored.MessageId);
    }

    [Fact]
    public async Task A_delivery_status_notification_is_ignored_as_a_bounce()
    {
        var ignored = Assert.IsType<InboundIgnored>(await Read("bounce-dsn.eml"));

        Assert.Equal(IgnoreReason.Bounce, ignored.Reason);
    }

    [Fact]
    public async Task Encoded_line_breaks_in_subject_and_name_never_survive()
    {
        var mail = await Accepted("header-injection.eml");

        // MimeKit drops the decoded CR/LF; the screening would turn any that survived into spaces.
        Assert.StartsWith("Tarkastuspyyntö", mail.Subject, StringComparison.Ordinal);
        Assert.EndsWith("Bcc: victim@example.com", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Mallory", mail.From.DisplayName, StringComparison.Ordinal);
        Assert.Equal("mallory@example.com", mail.From.Address);
        var singleLines = new[] { mail.Subject, mail.From.DisplayName! }.Concat(mail.Headers.Values);
        Assert.DoesNotContain(singleLines, value => value.Any(c => c is '\r' or '\n'));
    }

    private async Task<InboundReadResult> Read(string sample)
    {
        await using var stream = Samples.Open(sample);
        return await reader.ReadMimeAsync(stream);
    }

    private async Task<InboundMail> Accepted(string sample)
    {
        var result = await Read(sample);
        return Assert.IsType<InboundAccepted>(result).Mail;
    }

    private static void AssertClassified(InboundMail mail, RequestType type, Language language)
    {
        var classification = RequestClassifier.Classify(mail);

        Assert.True(
            classification.Type == type && classification.IsCertain,
            $"Expected certain {type}, got {classification.Type} (certain: {classification.IsCertain}); scores: {string.Join(", ", classification.Scores.Select(pair => $"{pair.Key}={pair.Value}"))}.");
        Assert.Equal(language, classification.Language);
    }
}
