using System.Text;
using Intake.Core.Inbound;
using Intake.Web.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Integration.Tests.Inbound;

public sealed class HostileMimeTests
{
    private const string Headers =
        "From: Mallory Example <mallory@example.com>\nTo: tietosuoja@example.com\nSubject: Tarkastuspyyntö\nMessage-ID: <hostile@example.com>\nMIME-Version: 1.0\n";

    private readonly InboundMailReader reader = new(new InboundMailOptions(), new FakeTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task A_thousand_nested_multiparts_are_rejected_for_nesting_without_overflowing_the_stack()
    {
        var message = new StringBuilder(Headers);
        for (var level = 0; level < 1000; level++)
        {
            message.Append(Invariant($"Content-Type: multipart/mixed; boundary=\"b{level}\"\n\n--b{level}\n"));
        }

        message.Append("Content-Type: text/plain\n\nHaluan nähdä tietoni.\n");
        for (var level = 999; level >= 0; level--)
        {
            message.Append(Invariant($"--b{level}--\n"));
        }

        var result = await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.ToString())));

        var rejected = Assert.IsType<InboundRejected>(result);
        Assert.Equal(RejectionReason.TooDeeplyNested, rejected.Reason);
        Assert.Equal("mallory@example.com", rejected.Sender?.Address);
        Assert.Equal("hostile@example.com", rejected.MessageId);
    }

    [Fact]
    public async Task Mails_attached_inside_mails_count_towards_the_nesting_limit()
    {
        var message = new StringBuilder();
        for (var level = 0; level < 50; level++)
        {
            message.Append(Invariant($"From: forwarder{level}@example.com\nSubject: Fwd {level}\nContent-Type: message/rfc822\n\n"));
        }

        message.Append("From: matti@example.com\nSubject: Tarkastuspyyntö\n\nHaluan nähdä tietoni.\n");

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.ToString()))));

        Assert.Equal(RejectionReason.TooDeeplyNested, rejected.Reason);
        Assert.Equal("forwarder0@example.com", rejected.Sender?.Address);
    }

    [Fact]
    public async Task A_forwarded_mail_attached_as_a_file_is_kept_as_an_eml_attachment()
    {
        var message = Multipart("fw")
            + "--fw\nContent-Type: text/plain; charset=utf-8\n\nVälitän asiakkaan pyynnön.\n"
            + "--fw\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\nFrom: anna@example.com\nSubject: Radera mina uppgifter\n\nRadera mina uppgifter.\n"
            + "--fw--\n";

        var mail = Assert.IsType<InboundAccepted>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message)))).Mail;

        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("Radera mina uppgifter.eml", attachment.FileName);
        Assert.Equal("message/rfc822", attachment.ContentType);
        Assert.Contains("Radera mina uppgifter.", Encoding.UTF8.GetString(attachment.Content.Span), StringComparison.Ordinal);
        Assert.Equal("Välitän asiakkaan pyynnön.", mail.Body);
    }

    [Fact]
    public async Task Thousands_of_flat_parts_are_rejected_for_their_count()
    {
        var message = new StringBuilder(Multipart("flat"));
        for (var part = 0; part < 5000; part++)
        {
            message.Append("--flat\nContent-Type: text/plain\n\nx\n");
        }

        message.Append("--flat--\n");

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.ToString()))));

        Assert.Equal(RejectionReason.TooManyParts, rejected.Reason);
    }

    [Fact]
    public async Task A_50_mb_attachment_is_rejected_after_reading_no_more_than_the_limit()
    {
        var options = new InboundMailOptions();
        var head = Multipart("big")
            + "--big\nContent-Type: text/plain; charset=utf-8\n\nLiitteenä aineisto.\n"
            + "--big\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"huge.bin\"\nContent-Transfer-Encoding: base64\n\n";
        var stream = new GeneratedStream(head, "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n", 50L * 1024 * 1024, "\n--big--\n");

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(stream));

        Assert.Equal(RejectionReason.TooLarge, rejected.Reason);
        Assert.Equal("mallory@example.com", rejected.Sender?.Address);
        Assert.InRange(stream.BytesRead, options.MaxMessageBytes, options.MaxMessageBytes + 1);
        Assert.Contains("larger than we can receive", rejected.ExplanationIn(Intake.Core.Requests.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_bounce_is_still_ignored_not_rejected()
    {
        var head = "From: MAILER-DAEMON@example.com\nTo: tietosuoja@example.com\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\n";
        var stream = new GeneratedStream(head, "returned text line\n", 30L * 1024 * 1024, "--r--\n");

        var ignored = Assert.IsType<InboundIgnored>(await reader.ReadMimeAsync(stream));

        Assert.Equal(IgnoreReason.Bounce, ignored.Reason);
    }

    [Fact]
    public async Task Too_many_attachments_are_rejected()
    {
        var small = new InboundMailReader(new InboundMailOptions { MaxAttachments = 2 }, new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var message = new StringBuilder(Multipart("m"));
        message.Append("--m\nContent-Type: text/plain\n\nLiitteet.\n");
        for (var file = 0; file < 3; file++)
        {
            message.Append(Invariant($"--m\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"f{file}.pdf\"\n\nJVBERi0=\n"));
        }

        message.Append("--m--\n");

        var rejected = Assert.IsType<InboundRejected>(await small.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.ToString()))));

        Assert.Equal(RejectionReason.TooManyAttachments, rejected.Reason);
        Assert.Equal("mallory@example.com", rejected.Sender?.Address);
    }

    [Fact]
    public async Task An_attachment_that_decodes_past_its_limit_is_rejected()
    {
        var small = new InboundMailReader(new InboundMailOptions { MaxAttachmentBytes = 1024 }, new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var content = Convert.ToBase64String(new byte[4096], Base64FormattingOptions.InsertLineBreaks);
        var message = Multipart("m")
            + $"--m\nContent-Type: text/plain\n\nLiite.\n--m\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"big.pdf\"\nContent-Transfer-Encoding: base64\n\n{content}\n--m--\n";

        var rejected = Assert.IsType<InboundRejected>(await small.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message))));

        Assert.Equal(RejectionReason.AttachmentTooLarge, rejected.Reason);
    }

    [Fact]
    public async Task An_empty_stream_is_rejected_as_malformed_with_nobody_to_answer()
    {
        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(new MemoryStream()));

        Assert.Equal(RejectionReason.Malformed, rejected.Reason);
        Assert.Null(rejected.Sender);
    }

    [Fact]
    public async Task Binary_garbage_ends_in_a_rejection_not_an_exception()
    {
        var garbage = new byte[64 * 1024];
        new Random(1234).NextBytes(garbage);

        var result = await reader.ReadMimeAsync(new MemoryStream(garbage));

        Assert.IsType<InboundRejected>(result);
    }

    [Fact]
    public async Task A_multipart_whose_boundary_never_comes_still_reads_its_text()
    {
        var message = Multipart("never")
            + "--never\nContent-Type: text/plain; charset=utf-8\n\nHaluan nähdä tietoni.\n";

        var mail = Assert.IsType<InboundAccepted>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message)))).Mail;

        Assert.Equal("Haluan nähdä tietoni.", mail.Body);
    }

    [Fact]
    public async Task A_mail_without_from_is_rejected()
    {
        var message = "To: tietosuoja@example.com\nSubject: Tarkastuspyyntö\n\nHaluan nähdä tietoni.\n";

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message))));

        Assert.Equal(RejectionReason.MissingSender, rejected.Reason);
        Assert.Null(rejected.Sender);
        Assert.Equal(Intake.Core.Requests.Language.Fi, rejected.Language);
    }

    [Fact]
    public async Task A_mail_with_neither_subject_nor_body_is_rejected_as_empty()
    {
        var message = "From: matti@example.com\nTo: tietosuoja@example.com\nSubject:\n\n\n";

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message))));

        Assert.Equal(RejectionReason.Empty, rejected.Reason);
        Assert.Equal("matti@example.com", rejected.Sender?.Address);
    }

    [Fact]
    public async Task A_script_in_an_html_body_is_never_text()
    {
        var message = "From: matti@example.com\nSubject: Hei\nContent-Type: text/html; charset=utf-8\n\n<p>Poistakaa tietoni.</p><script>document.location='https://evil.example.com'</script><img src=x onerror=alert(1)>\n";

        var mail = Assert.IsType<InboundAccepted>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message)))).Mail;

        Assert.Equal("Poistakaa tietoni.", mail.Body);
    }

    [Fact]
    public async Task Our_own_mail_coming_back_is_a_loop()
    {
        var message = "From: Clerica Oy <tietosuoja@example.com>\nTo: forwarder@example.com\nSubject: Vahvista tarkastuspyyntösi\nX-Intake-Reference: R-7K3M-9QX2-HP\n\nVahvista pyyntösi.\n";

        var ignored = Assert.IsType<InboundIgnored>(await reader.ReadMimeAsync(new MemoryStream(Encoding.UTF8.GetBytes(message))));

        Assert.Equal(IgnoreReason.Loop, ignored.Reason);
    }

    private static string Multipart(string boundary) => $"{Headers}Content-Type: multipart/mixed; boundary=\"{boundary}\"\n\n";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
