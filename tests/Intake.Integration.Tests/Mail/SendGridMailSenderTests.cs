using System.Net;
using Intake.Adapters.Mail;
using Intake.Core.Notifications;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Integration.Tests.Mail;

/// <summary>The real SendGrid client against <see cref="SendGridSink"/>.</summary>
public sealed class SendGridMailSenderTests : IAsyncLifetime
{
    private const string Key = "SG.test-key";
    private SendGridSink sink = null!;

    public async Task InitializeAsync() => sink = await SendGridSink.StartAsync(Key);

    public async Task DisposeAsync() => await sink.DisposeAsync();

    [Fact]
    public async Task Accepted_mail_carries_the_effect_id_as_custom_arg_and_header()
    {
        var mail = MailSamples.Verification();

        await Sender().SendAsync(mail, "effect-R-0001-verify-1");

        var body = Assert.Single(sink.Received);
        var personalization = body.GetProperty("personalizations")[0];
        Assert.Equal("anna.virtanen@example.fi", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("effect-R-0001-verify-1", personalization.GetProperty("custom_args").GetProperty(SendGridMailSender.EffectArgument).GetString());
        Assert.Equal("effect-R-0001-verify-1", personalization.GetProperty("headers").GetProperty(SendGridMailSender.EffectHeader).GetString());
        Assert.Equal(MailSamples.Reference.Value, personalization.GetProperty("headers").GetProperty(SendGridMailSender.ReferenceHeader).GetString());
        Assert.Equal("VerificationRequested", personalization.GetProperty("custom_args").GetProperty(SendGridMailSender.KindArgument).GetString());
        Assert.Equal("intake@clerica.example", body.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Clerica Oy", body.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(mail.Subject, personalization.GetProperty("subject").GetString());
        var content = body.GetProperty("content");
        Assert.Equal("text/plain", content[0].GetProperty("type").GetString());
        Assert.Equal(mail.Text, content[0].GetProperty("value").GetString());
        Assert.Equal("text/html", content[1].GetProperty("type").GetString());
        Assert.Equal(mail.Html, content[1].GetProperty("value").GetString());
    }

    [Fact]
    public async Task SendGrid_may_not_rewrite_signed_links_through_its_click_tracker_nor_add_an_open_pixel()
    {
        await Sender().SendAsync(MailSamples.Verification(), "effect-R-0001-verify-2");

        // What the real client put on the wire: each tracking named off, not left to the account's defaults.
        var tracking = Assert.Single(sink.Received).GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable_text").GetBoolean());
        Assert.False(tracking.GetProperty("open_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("subscription_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("ganalytics").GetProperty("enable").GetBoolean());
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Throttling_and_server_faults_are_retryable(HttpStatusCode status)
    {
        sink.FailNext(1, status);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender().SendAsync(MailSamples.Verification(), "effect-1"));

        Assert.True(error.IsRetryable);
        Assert.Equal(status, error.StatusCode);
        Assert.Empty(sink.Received);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Refusals_of_the_message_are_not_retryable(HttpStatusCode status)
    {
        sink.FailNext(1, status);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender().SendAsync(MailSamples.Verification(), "effect-1"));

        Assert.False(error.IsRetryable);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_is_not_retryable()
    {
        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender("SG.wrong").SendAsync(MailSamples.Verification(), "effect-1"));

        Assert.False(error.IsRetryable);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task A_failure_message_never_contains_an_address()
    {
        sink.FailNext(1, HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender().SendAsync(MailSamples.Verification(), "effect-1"));

        Assert.Contains("Simulated failure for [address]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_a_fault_delivers()
    {
        sink.FailNext(1, HttpStatusCode.BadGateway);
        var sender = Sender();

        await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(MailSamples.Verification(), "effect-7"));
        await sender.SendAsync(MailSamples.Verification(), "effect-7");

        Assert.Equal(2, sink.Requests);
        Assert.Single(sink.Received);
    }

    [Fact]
    public async Task An_unreachable_host_is_retryable()
    {
        var closed = await SendGridSink.StartAsync(Key);
        var host = closed.Host;
        await closed.DisposeAsync();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Sender(host: host).SendAsync(MailSamples.Verification(), "effect-1"));

        Assert.True(error.IsRetryable);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_subject_with_a_line_break_is_refused_before_sending()
    {
        var folded = MailSamples.Verification() with { Subject = "Hello\r\nBcc: eve@example.org" };

        await Assert.ThrowsAsync<ArgumentException>(() => Sender().SendAsync(folded, "effect-1"));
        Assert.Equal(0, sink.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("effect 1")]
    [InlineData("effect-1\r\nX-Evil: 1")]
    public async Task An_idempotency_key_that_cannot_be_a_header_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sender().SendAsync(MailSamples.Verification(), key));
        Assert.Equal(0, sink.Requests);
    }

    private SendGridMailSender Sender(string key = Key, string? host = null) =>
        new(
            new HttpClient(),
            Options.Create(new SendGridOptions { ApiKey = key, Host = host ?? sink.Host, FromEmail = "intake@clerica.example", FromName = "Clerica Oy", TimeoutSeconds = 10 }),
            NullLogger<SendGridMailSender>.Instance);
}
