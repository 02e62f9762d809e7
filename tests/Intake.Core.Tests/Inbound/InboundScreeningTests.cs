using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class InboundScreeningTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 3, 8, 12, 0, TimeSpan.Zero);

    [Fact]
    public void A_mail_from_a_person_is_accepted_with_its_fields()
    {
        var result = Screen(Draft());

        var mail = Assert.IsType<InboundAccepted>(result).Mail;
        Assert.Equal(new InboundAddress("matti.meikalainen@example.com", "Matti Meikäläinen"), mail.From);
        Assert.Equal("Tarkastuspyyntö", mail.Subject);
        Assert.Equal("Haluan nähdä tietoni.", mail.Body);
        Assert.Equal("req-1@example.com", mail.MessageId);
        Assert.Equal(Received, mail.Received);
    }

    [Fact]
    public void Line_breaks_in_subject_and_display_name_become_spaces()
    {
        var draft = Draft() with
        {
            Subject = "Tarkastuspyyntö\r\nBcc: victim@example.com",
            FromName = "Matti\r\nX-Injected: yes",
        };

        var mail = Assert.IsType<InboundAccepted>(Screen(draft)).Mail;

        Assert.Equal("Tarkastuspyyntö Bcc: victim@example.com", mail.Subject);
        Assert.Equal("Matti X-Injected: yes", mail.From.DisplayName);
    }

    [Fact]
    public void Quoted_history_is_removed_from_the_body_and_flagged()
    {
        var draft = Draft() with { Text = "Poistakaa tietoni.\n\n> Vahvista tarkastuspyyntösi." };

        var mail = Assert.IsType<InboundAccepted>(Screen(draft)).Mail;

        Assert.Equal("Poistakaa tietoni.", mail.Body);
        Assert.True(mail.QuotedHistoryRemoved);
    }

    [Fact]
    public void A_mail_without_from_is_rejected_with_nobody_to_answer()
    {
        var rejected = Assert.IsType<InboundRejected>(Screen(Draft() with { FromAddress = null }));

        Assert.Equal(RejectionReason.MissingSender, rejected.Reason);
        Assert.Null(rejected.Sender);
    }

    [Theory]
    [InlineData("matti")]
    [InlineData("@example.com")]
    [InlineData("matti@")]
    [InlineData("matti @example.com")]
    [InlineData("matti@example.com\r\nBcc: x@example.com")]
    public void An_unusable_from_address_counts_as_missing(string address)
    {
        var rejected = Assert.IsType<InboundRejected>(Screen(Draft() with { FromAddress = address }));

        Assert.Equal(RejectionReason.MissingSender, rejected.Reason);
    }

    [Fact]
    public void An_empty_mail_is_rejected_with_a_reason_in_the_persons_language()
    {
        var rejected = Assert.IsType<InboundRejected>(Screen(Draft() with { Subject = " ", Text = "\r\n" }));

        Assert.Equal(RejectionReason.Empty, rejected.Reason);
        Assert.Equal("matti.meikalainen@example.com", rejected.Sender?.Address);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Explanation));
    }

    [Fact]
    public void A_subject_alone_is_enough()
    {
        Assert.IsType<InboundAccepted>(Screen(Draft() with { Text = null }));
    }

    [Fact]
    public void An_attachment_alone_is_enough()
    {
        var draft = Draft() with { Subject = null, Text = null, Attachments = [new InboundAttachment("kirje.pdf", "application/pdf", 3, new byte[] { 1, 2, 3 })] };

        Assert.IsType<InboundAccepted>(Screen(draft));
    }

    [Fact]
    public void An_automated_mail_is_ignored_even_without_a_sender()
    {
        var draft = Draft() with { FromAddress = null, Headers = [KeyValuePair.Create("Auto-Submitted", "auto-replied")] };

        Assert.IsType<InboundIgnored>(Screen(draft));
    }

    [Fact]
    public void A_long_body_is_cut_and_flagged()
    {
        var draft = Draft() with { Text = new string('a', 50) };

        var mail = Assert.IsType<InboundAccepted>(InboundScreening.Screen(draft, LoopGuard.None, Received, maxBodyCharacters: 20)).Mail;

        Assert.Equal(20, mail.Body.Length);
        Assert.True(mail.BodyTruncated);
    }

    [Fact]
    public void Only_the_headers_that_matter_are_kept()
    {
        var draft = Draft() with
        {
            Headers =
            [
                KeyValuePair.Create("Received", "from mx.example.com"),
                KeyValuePair.Create("Reply-To", "other@example.com"),
                KeyValuePair.Create("Delivered-To", "a@example.com"),
                KeyValuePair.Create("Delivered-To", "b@example.com"),
            ],
        };

        var mail = Assert.IsType<InboundAccepted>(Screen(draft)).Mail;

        Assert.False(mail.Headers.ContainsKey("Received"));
        Assert.Equal("other@example.com", mail.Headers["reply-to"]);
        Assert.Equal("a@example.com, b@example.com", mail.Headers["Delivered-To"]);
    }

    [Fact]
    public void Recipients_with_unusable_addresses_are_dropped()
    {
        var draft = Draft() with { To = [new InboundAddress("tietosuoja@example.com", null), new InboundAddress("undisclosed-recipients", null)] };

        var mail = Assert.IsType<InboundAccepted>(Screen(draft)).Mail;

        Assert.Equal(["tietosuoja@example.com"], mail.To.Select(address => address.Address));
    }

    [Fact]
    public void Attachment_names_cannot_name_a_path()
    {
        var draft = Draft() with { Attachments = [new InboundAttachment("../../etc/passwd", "TEXT/PLAIN", 1, new byte[] { 1 }), new InboundAttachment("", "", 1, new byte[] { 1 })] };

        var mail = Assert.IsType<InboundAccepted>(Screen(draft)).Mail;

        Assert.Equal(".._.._etc_passwd", mail.Attachments[0].FileName);
        Assert.Equal("text/plain", mail.Attachments[0].ContentType);
        Assert.Equal("attachment-2", mail.Attachments[1].FileName);
        Assert.Equal("application/octet-stream", mail.Attachments[1].ContentType);
    }

    [Fact]
    public void Refusing_at_a_limit_still_ignores_a_bounce()
    {
        var draft = Draft() with { Headers = [KeyValuePair.Create("Content-Type", "multipart/report; report-type=delivery-status")] };

        Assert.IsType<InboundIgnored>(InboundScreening.Refuse(draft, RejectionReason.TooLarge, LoopGuard.None));
    }

    [Fact]
    public void Refusing_at_a_limit_tells_the_sender_in_their_language()
    {
        var draft = Draft() with { Subject = "Radera mina uppgifter och tack", Text = null };

        var rejected = Assert.IsType<InboundRejected>(InboundScreening.Refuse(draft, RejectionReason.TooLarge, LoopGuard.None));

        Assert.Equal(RejectionReason.TooLarge, rejected.Reason);
        Assert.Equal("matti.meikalainen@example.com", rejected.Sender?.Address);
        Assert.Equal(Language.Sv, rejected.Language);
        Assert.Equal(RejectionTexts.Explain(RejectionReason.TooLarge, Language.Sv), rejected.Explanation);
    }

    private static InboundReadResult Screen(InboundMailDraft draft) => InboundScreening.Screen(draft, LoopGuard.None, Received);

    private static InboundMailDraft Draft() => new()
    {
        FromAddress = "matti.meikalainen@example.com",
        FromName = "Matti Meikäläinen",
        Subject = "Tarkastuspyyntö",
        Text = "Haluan nähdä tietoni.",
        MessageId = "<req-1@example.com>",
    };
}
