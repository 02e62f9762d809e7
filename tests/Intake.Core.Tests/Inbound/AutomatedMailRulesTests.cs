using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public sealed class AutomatedMailRulesTests
{
    private static readonly LoopGuard Guard = new(["tietosuoja@example.com"]);

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", IgnoreReason.AutoReply)]
    [InlineData("Auto-Submitted", "auto-generated", IgnoreReason.AutoReply)]
    [InlineData("auto-submitted", "auto-notified; owner-email=\"boss@example.com\"", IgnoreReason.AutoReply)]
    [InlineData("Precedence", "auto_reply", IgnoreReason.AutoReply)]
    [InlineData("Precedence", "bulk", IgnoreReason.BulkMail)]
    [InlineData("Precedence", "junk", IgnoreReason.BulkMail)]
    [InlineData("Precedence", "list", IgnoreReason.BulkMail)]
    [InlineData("X-Auto-Response-Suppress", "All", IgnoreReason.AutoReply)]
    [InlineData("X-Auto-Response-Suppress", "DR, OOF, AutoReply", IgnoreReason.AutoReply)]
    [InlineData("X-Autoreply", "yes", IgnoreReason.AutoReply)]
    [InlineData("X-Autorespond", "Out of office", IgnoreReason.AutoReply)]
    [InlineData("List-Id", "Clerica news <news.example.com>", IgnoreReason.BulkMail)]
    [InlineData("List-Unsubscribe", "<mailto:leave@example.com>", IgnoreReason.BulkMail)]
    [InlineData("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"b\"", IgnoreReason.Bounce)]
    [InlineData("Content-Type", "multipart/report; report-type=disposition-notification", IgnoreReason.Bounce)]
    [InlineData("Return-Path", "<>", IgnoreReason.Bounce)]
    [InlineData("X-Failed-Recipients", "gone@example.com", IgnoreReason.Bounce)]
    [InlineData("X-Intake-Reference", "R-7K3M-9QX2-HP", IgnoreReason.Loop)]
    public void Each_automation_header_makes_the_mail_ignored(string header, string value, IgnoreReason expected)
    {
        var ignored = AutomatedMailRules.Recognise(Person() with { Headers = [KeyValuePair.Create(header, value)] }, Guard);

        Assert.NotNull(ignored);
        Assert.Equal(expected, ignored.Reason);
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Auto-Submitted", "No")]
    [InlineData("X-Autoreply", "no")]
    [InlineData("Precedence", "first-class")]
    [InlineData("Content-Type", "multipart/alternative; boundary=\"b\"")]
    [InlineData("Return-Path", "<matti@example.com>")]
    public void Headers_that_say_a_person_wrote_it_do_not_ignore_the_mail(string header, string value)
    {
        Assert.Null(AutomatedMailRules.Recognise(Person() with { Headers = [KeyValuePair.Create(header, value)] }, Guard));
    }

    [Fact]
    public void A_plain_mail_from_a_person_is_not_automated()
    {
        Assert.Null(AutomatedMailRules.Recognise(Person(), Guard));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("noreply@example.com")]
    [InlineData("no-reply@shop.example.com")]
    [InlineData("do-not-reply@example.com")]
    [InlineData("service.donotreply@example.com")]
    public void Machine_sender_addresses_make_the_mail_ignored(string sender)
    {
        var ignored = AutomatedMailRules.Recognise(Person() with { FromAddress = sender }, Guard);

        Assert.Equal(IgnoreReason.AutomatedSender, ignored?.Reason);
    }

    [Fact]
    public void Mail_from_our_own_sender_address_is_a_loop_whatever_the_case()
    {
        var ignored = AutomatedMailRules.Recognise(Person() with { FromAddress = "Tietosuoja@Example.com" }, Guard);

        Assert.Equal(IgnoreReason.Loop, ignored?.Reason);
    }

    [Fact]
    public void A_null_envelope_sender_is_a_bounce()
    {
        var ignored = AutomatedMailRules.Recognise(Person() with { EnvelopeFrom = string.Empty }, Guard);

        Assert.Equal(IgnoreReason.Bounce, ignored?.Reason);
    }

    [Fact]
    public void An_unknown_envelope_sender_says_nothing()
    {
        Assert.Null(AutomatedMailRules.Recognise(Person() with { EnvelopeFrom = null }, Guard));
    }

    [Fact]
    public void A_report_names_its_type_in_the_evidence()
    {
        var draft = Person() with { Headers = [KeyValuePair.Create("Content-Type", "multipart/report; report-type=delivery-status")] };

        Assert.Equal("Content-Type: multipart/report; report-type=delivery-status", AutomatedMailRules.Recognise(draft, Guard)?.Evidence);
    }

    [Fact]
    public void Evidence_never_carries_an_address()
    {
        var draft = Person() with
        {
            Headers = [KeyValuePair.Create("Auto-Submitted", "auto-replied; owner-email=\"matti@example.com\"")],
        };

        Assert.DoesNotContain('@', AutomatedMailRules.Recognise(draft, Guard)!.Evidence);
    }

    [Fact]
    public void The_ignored_mail_keeps_its_message_id_for_the_record()
    {
        var draft = Person() with { MessageId = "<oof-1@example.com>", Headers = [KeyValuePair.Create("Auto-Submitted", "auto-replied")] };

        Assert.Equal("oof-1@example.com", AutomatedMailRules.Recognise(draft, Guard)?.MessageId);
    }

    [Fact]
    public void A_loop_is_recognised_before_anything_else()
    {
        var draft = Person() with
        {
            Headers = [KeyValuePair.Create("Auto-Submitted", "auto-replied"), KeyValuePair.Create("X-Intake-Reference", "R-7K3M-9QX2-HP")],
        };

        Assert.Equal(IgnoreReason.Loop, AutomatedMailRules.Recognise(draft, Guard)?.Reason);
    }

    private static InboundMailDraft Person() => new()
    {
        FromAddress = "matti.meikalainen@example.com",
        FromName = "Matti Meikäläinen",
        Subject = "Tarkastuspyyntö",
        Text = "Haluan nähdä tietoni.",
    };
}
