using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Intake.Adapters.Mail;

/// <summary>
/// Sends mail through the SendGrid v3 API. SendGrid cannot de-duplicate, so the effect id travels
/// with every mail (custom argument and header): a duplicate after a crash can be traced in
/// SendGrid's event data. Failures become <see cref="MailDeliveryException"/>; addresses are never
/// logged or put into exception messages.
/// </summary>
public sealed partial class SendGridMailSender : IMailSender
{
    /// <summary>Header carrying the effect id, so a delivered mail can be matched to the effect that sent it.</summary>
    public const string EffectHeader = "X-Intake-Effect";

    /// <summary>Header carrying the request reference, so replies and mail loops can be recognised.</summary>
    public const string ReferenceHeader = "X-Intake-Reference";

    /// <summary>SendGrid custom argument (echoed in event webhooks) carrying the effect id.</summary>
    public const string EffectArgument = "intake_effect";

    public const string ReferenceArgument = "intake_reference";

    public const string KindArgument = "intake_kind";

    private const int DetailLength = 300;

    private readonly SendGridClient client;
    private readonly EmailAddress from;
    private readonly ILogger<SendGridMailSender> logger;

    public SendGridMailSender(HttpClient httpClient, IOptions<SendGridOptions> options, ILogger<SendGridMailSender> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ArgumentException("SendGrid:ApiKey is required to send through SendGrid.", nameof(options));
        }

        if (!RecipientAddress.IsPlain(settings.FromEmail))
        {
            throw new ArgumentException("SendGrid:FromEmail must be one plain email address.", nameof(options));
        }

        if (settings.TimeoutSeconds is < 1 or > 300)
        {
            throw new ArgumentException("SendGrid:TimeoutSeconds must be between 1 and 300.", nameof(options));
        }

        var clientOptions = new SendGridClientOptions { ApiKey = settings.ApiKey };
        if (!string.IsNullOrWhiteSpace(settings.Host))
        {
            if (!Uri.TryCreate(settings.Host, UriKind.Absolute, out var host) || (host.Scheme != Uri.UriSchemeHttp && host.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("SendGrid:Host must be an absolute http or https URL.", nameof(options));
            }

            clientOptions.Host = host.GetLeftPart(UriPartial.Authority);
        }

        httpClient.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        client = new SendGridClient(httpClient, clientOptions);
        from = new EmailAddress(settings.FromEmail!.Trim(), string.IsNullOrWhiteSpace(settings.FromName) ? null : SingleLine.Normalize(settings.FromName, 100));
        this.logger = logger;
    }

    public async Task SendAsync(MailMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        EffectKey.Require(idempotencyKey);
        var to = RecipientAddress.Require(message.To, nameof(message));
        if (message.Subject.Any(char.IsControl))
        {
            throw new ArgumentException("A subject must be one line.", nameof(message));
        }

        var mail = MailHelper.CreateSingleEmail(from, new EmailAddress(to), message.Subject, message.Text, message.Html);
        mail.AddCustomArg(EffectArgument, idempotencyKey);
        mail.AddHeader(EffectHeader, idempotencyKey);
        if (message.Reference is { } reference)
        {
            mail.AddCustomArg(ReferenceArgument, reference.Value);
            mail.AddHeader(ReferenceHeader, reference.Value);
        }

        if (message.Kind is { } kind)
        {
            mail.AddCustomArg(KindArgument, kind.ToString());
        }

        TrackNothing(mail);

        Response response;
        try
        {
            response = await client.SendEmailAsync(mail, cancellationToken);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, idempotencyKey, message.Reference?.Value, "timeout");
            throw new MailDeliveryException("SendGrid did not answer in time.", statusCode: null, isRetryable: true, exception);
        }
        catch (HttpRequestException exception)
        {
            LogUnreachable(logger, idempotencyKey, message.Reference?.Value, exception.HttpRequestError.ToString());
            throw new MailDeliveryException("SendGrid could not be reached.", statusCode: null, isRetryable: true, exception);
        }

        if (response.IsSuccessStatusCode)
        {
            LogAccepted(logger, message.Kind?.ToString(), message.Reference?.Value, idempotencyKey, (int)response.StatusCode);
            return;
        }

        var status = response.StatusCode;
        var retryable = MailDeliveryException.IsRetryableStatus(status);
        var detail = await ReadDetailAsync(response, cancellationToken);
        LogRefused(logger, (int)status, retryable, idempotencyKey, message.Reference?.Value);
        throw new MailDeliveryException(
            $"SendGrid refused the mail with status {(int)status} ({status}){(detail.Length > 0 ? ": " + detail : string.Empty)}.",
            status,
            retryable);
    }

    /// <summary>
    /// Turns off every tracking SendGrid would otherwise add from the account's defaults. Click
    /// tracking rewrites each link through SendGrid's redirector, so signed link tokens would pass
    /// through (and be logged by) a third party, and the person's click would be counted before it
    /// reaches us; open tracking adds a pixel that tells when a person read a mail about their own
    /// data request; subscription tracking adds an unsubscribe link to mail that is not marketing.
    /// </summary>
    private static void TrackNothing(SendGridMessage mail)
    {
        mail.SetClickTracking(enable: false, enableText: false);
        mail.SetOpenTracking(enable: false);
        mail.SetSubscriptionTracking(enable: false);
        mail.SetGoogleAnalytics(enable: false);
    }

    /// <summary>SendGrid's error text, with anything shaped like an address blanked and the length capped.</summary>
    private static async Task<string> ReadDetailAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.Body is null)
        {
            return string.Empty;
        }

        var body = await response.Body.ReadAsStringAsync(cancellationToken);
        return SingleLine.Normalize(AddressPattern().Replace(body, "[address]"), DetailLength);
    }

    [GeneratedRegex(@"[^\s""'<>,;:()\[\]]+@[^\s""'<>,;:()\[\]]+")]
    private static partial Regex AddressPattern();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Mail {Kind} for {Reference} accepted by SendGrid with {Status}; effect {Effect}")]
    private static partial void LogAccepted(ILogger logger, string? kind, string? reference, string effect, int status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "SendGrid refused mail with {Status} (retryable: {Retryable}); effect {Effect}, request {Reference}")]
    private static partial void LogRefused(ILogger logger, int status, bool retryable, string effect, string? reference);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "SendGrid unreachable ({Cause}); effect {Effect}, request {Reference}")]
    private static partial void LogUnreachable(ILogger logger, string effect, string? reference, string cause);
}
