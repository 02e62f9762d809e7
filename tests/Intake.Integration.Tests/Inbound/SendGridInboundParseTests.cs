using System.Text;
using Intake.Core.Inbound;
using Intake.Web.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Integration.Tests.Inbound;

public sealed class SendGridInboundParseTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly InboundMailReader reader = new(new InboundMailOptions(), new FakeTimeProvider(DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task Parsed_mode_fields_in_iso_8859_1_are_decoded_with_the_charset_sendgrid_names()
    {
        var post = ParsedPost(Latin1)
            .Field("charsets", """{"to":"UTF-8","from":"iso-8859-1","subject":"iso-8859-1","text":"iso-8859-1"}""");

        var mail = await Accepted(post);

        Assert.Equal("Tarkastuspyyntö", mail.Subject);
        Assert.Equal("Haluan nähdä tietoni. Ystävällisin terveisin, Matti Meikäläinen", mail.Body);
        Assert.Equal(new InboundAddress("matti.meikalainen@example.com", "Matti Meikäläinen"), mail.From);
    }

    [Fact]
    public async Task The_same_latin1_bytes_without_a_charset_are_still_read_as_latin_letters()
    {
        var mail = await Accepted(ParsedPost(Latin1));

        Assert.Equal("Tarkastuspyyntö", mail.Subject);
    }

    [Fact]
    public async Task Utf8_fields_are_read_as_utf8()
    {
        var post = ParsedPost(Encoding.UTF8)
            .Field("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}""");

        var mail = await Accepted(post);

        Assert.Equal("Haluan nähdä tietoni. Ystävällisin terveisin, Matti Meikäläinen", mail.Body);
    }

    [Fact]
    public async Task Aspnet_form_reading_would_destroy_latin1_fields_which_is_why_raw_bytes_are_read()
    {
        var post = ParsedPost(Latin1);
        var context = new DefaultHttpContext();
        context.Request.ContentType = post.ContentType;
        context.Request.Body = post.Build();

        var form = await context.Request.ReadFormAsync();

        Assert.Contains('\uFFFD', form["subject"].ToString());
    }

    [Fact]
    public async Task The_http_request_overload_reads_the_body_itself()
    {
        var post = ParsedPost(Latin1).Field("charsets", """{"subject":"iso-8859-1","text":"iso-8859-1","from":"iso-8859-1"}""");
        var context = new DefaultHttpContext();
        context.Request.ContentType = post.ContentType;
        context.Request.Body = post.Build();

        var mail = Assert.IsType<InboundAccepted>(await reader.ReadSendGridAsync(context.Request)).Mail;

        Assert.Equal("Tarkastuspyyntö", mail.Subject);
    }

    [Fact]
    public async Task The_envelope_tells_where_the_mail_was_delivered()
    {
        var post = ParsedPost(Encoding.UTF8)
            .Field("envelope", """{"to":["privacy@parse.example.com"],"from":"matti.meikalainen@example.com"}""");

        var mail = await Accepted(post);

        Assert.Equal(["privacy@parse.example.com"], mail.EnvelopeTo);
        Assert.Equal(["tietosuoja@example.com"], mail.To.Select(address => address.Address));
    }

    [Fact]
    public async Task An_empty_envelope_sender_marks_a_bounce()
    {
        var post = ParsedPost(Encoding.UTF8).Field("envelope", """{"to":["privacy@parse.example.com"],"from":""}""");

        var ignored = Assert.IsType<InboundIgnored>(await reader.ReadSendGridAsync(post.Build(), post.ContentType));

        Assert.Equal(IgnoreReason.Bounce, ignored.Reason);
    }

    [Fact]
    public async Task Auto_reply_headers_in_the_headers_field_make_the_post_ignored()
    {
        var post = new FormPost()
            .Field("headers", "From: Liisa <liisa@example.com>\r\nAuto-Submitted: auto-replied\r\nSubject: Poissa\r\n")
            .Field("from", "Liisa <liisa@example.com>")
            .Field("subject", "Poissa")
            .Field("text", "Olen lomalla.");

        var ignored = Assert.IsType<InboundIgnored>(await reader.ReadSendGridAsync(post.Build(), post.ContentType));

        Assert.Equal(IgnoreReason.AutoReply, ignored.Reason);
    }

    [Fact]
    public async Task Message_ids_come_from_the_headers_field()
    {
        var mail = await Accepted(ParsedPost(Encoding.UTF8));

        Assert.Equal("sg-1@mail.example.com", mail.MessageId);
        Assert.Equal("R-7K3M-9QX2-HP.verify@intake.example.com", mail.InReplyTo);
    }

    [Fact]
    public async Task An_html_only_post_is_turned_into_text()
    {
        var post = new FormPost()
            .Field("headers", "From: John <john@example.com>\r\nSubject: Portability\r\n")
            .Field("from", "John <john@example.com>")
            .Field("subject", "Portability")
            .Field("html", "<p>Please send my data in a <b>machine-readable</b> format.</p><script>x()</script>");

        var mail = await Accepted(post);

        Assert.Equal("Please send my data in a machine-readable format.", mail.Body);
        Assert.True(mail.BodyFromHtml);
    }

    [Fact]
    public async Task Posted_attachments_keep_name_type_and_bytes()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 mandate");
        var post = ParsedPost(Encoding.UTF8)
            .Field("attachments", "1")
            .Field("attachment-info", """{"attachment1":{"filename":"valtakirja.pdf","name":"valtakirja.pdf","type":"application/pdf"}}""")
            .File("attachment1", "valtakirja.pdf", "application/pdf", pdf);

        var attachment = Assert.Single((await Accepted(post)).Attachments);

        Assert.Equal("valtakirja.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(pdf, attachment.Content.ToArray());
    }

    [Fact]
    public async Task Raw_mode_reads_the_full_mime_in_the_email_field()
    {
        var post = new FormPost()
            .Field("email", Samples.Bytes("outlook-fi-iso-8859-1.eml"))
            .Field("envelope", """{"to":["privacy@parse.example.com"],"from":"liisa.esimerkki@example.com"}""")
            .Field("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8"}""");

        var mail = await Accepted(post);

        Assert.Equal("Vs: Uutiskirje maaliskuu - osoitteen päivitys", mail.Subject);
        Assert.StartsWith("Hei,\n\nosoitteeni on muuttunut.", mail.Body, StringComparison.Ordinal);
        Assert.Equal(["privacy@parse.example.com"], mail.EnvelopeTo);
    }

    [Fact]
    public async Task Raw_mode_ignores_a_raw_auto_reply()
    {
        var post = new FormPost().Field("email", Samples.Bytes("out-of-office-fi.eml"));

        Assert.IsType<InboundIgnored>(await reader.ReadSendGridAsync(post.Build(), post.ContentType));
    }

    [Fact]
    public async Task A_post_with_a_50_mb_attachment_is_rejected_at_the_attachment_limit()
    {
        var options = new InboundMailOptions();
        var head = ParsedPost(Encoding.UTF8).Head();
        var fileHead = Encoding.ASCII.GetBytes("--xYzZY\r\nContent-Disposition: form-data; name=\"attachment1\"; filename=\"huge.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        var stream = new GeneratedStream([.. head, .. fileHead], [0x41, 0x42, 0x43, 0x44], 50L * 1024 * 1024, FormPost.Closing);

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadSendGridAsync(stream, new FormPost().ContentType));

        Assert.Equal(RejectionReason.AttachmentTooLarge, rejected.Reason);
        Assert.Equal("matti.meikalainen@example.com", rejected.Sender?.Address);
        Assert.True(stream.BytesRead < options.MaxMessageBytes, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task A_raw_post_over_the_size_limit_is_rejected_after_the_limit()
    {
        var options = new InboundMailOptions();
        var head = Encoding.ASCII.GetBytes(
            "--xYzZY\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n"
            + "From: Matti <matti@example.com>\r\nSubject: Liitteet\r\nContent-Type: text/plain\r\n\r\n");
        var stream = new GeneratedStream(head, Encoding.ASCII.GetBytes("0123456789abcdef\r\n"), 50L * 1024 * 1024, FormPost.Closing);

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadSendGridAsync(stream, new FormPost().ContentType));

        Assert.Equal(RejectionReason.TooLarge, rejected.Reason);
        Assert.Equal("matti@example.com", rejected.Sender?.Address);
        Assert.InRange(stream.BytesRead, options.MaxMessageBytes, options.MaxMessageBytes + 1);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/form-data")]
    [InlineData(null)]
    public async Task A_post_that_is_not_multipart_form_data_with_a_boundary_is_unsupported(string? contentType)
    {
        var rejected = Assert.IsType<InboundRejected>(await reader.ReadSendGridAsync(new MemoryStream("{}"u8.ToArray()), contentType));

        Assert.Equal(RejectionReason.UnsupportedPost, rejected.Reason);
    }

    [Fact]
    public async Task A_post_without_any_mail_field_is_unsupported()
    {
        var post = new FormPost().Field("spam_score", "0.1");

        var rejected = Assert.IsType<InboundRejected>(await reader.ReadSendGridAsync(post.Build(), post.ContentType));

        Assert.Equal(RejectionReason.UnsupportedPost, rejected.Reason);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_unsupported_not_an_exception()
    {
        var post = ParsedPost(Encoding.UTF8);
        var body = new MemoryStream(post.Head()[..40]);

        var result = await reader.ReadSendGridAsync(body, post.ContentType);

        Assert.IsType<InboundRejected>(result);
    }

    // A parsed-mode post as SendGrid sends it; the text fields are written in the given encoding.
    private static FormPost ParsedPost(Encoding encoding) => new FormPost()
        .Field("headers", "Received: from mx.example.com\r\nFrom: =?UTF-8?Q?Matti_Meik=C3=A4l=C3=A4inen?= <matti.meikalainen@example.com>\r\n"
            + "To: tietosuoja@example.com\r\nSubject: =?UTF-8?Q?Tarkastuspyynt=C3=B6?=\r\nMessage-ID: <sg-1@mail.example.com>\r\n"
            + "In-Reply-To: <R-7K3M-9QX2-HP.verify@intake.example.com>\r\n")
        .Field("dkim", "{@example.com : pass}")
        .Field("to", "tietosuoja@example.com")
        .Field("from", "Matti Meikäläinen <matti.meikalainen@example.com>", encoding)
        .Field("subject", "Tarkastuspyyntö", encoding)
        .Field("text", "Haluan nähdä tietoni. Ystävällisin terveisin, Matti Meikäläinen", encoding)
        .Field("sender_ip", "192.0.2.1")
        .Field("spam_score", "0.1")
        .Field("SPF", "pass");

    private async Task<InboundMail> Accepted(FormPost post)
    {
        var result = await reader.ReadSendGridAsync(post.Build(), post.ContentType);
        return Assert.IsType<InboundAccepted>(result).Mail;
    }
}
