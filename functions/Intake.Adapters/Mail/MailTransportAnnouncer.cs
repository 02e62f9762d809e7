using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Adapters.Mail;

/// <summary>Says once at start where mail goes, so nobody wonders why no mail arrived (or why it did).</summary>
internal sealed partial class MailTransportAnnouncer(MailTransport transport, ILogger<MailTransportAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (transport.Kind == MailTransportKind.SendGrid)
        {
            LogSendGrid(logger, transport.Target);
        }
        else
        {
            LogOutbox(logger, transport.Target);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4098, Level = LogLevel.Information, Message = "Mail is sent through SendGrid ({Host})")]
    private static partial void LogSendGrid(ILogger logger, string host);

    [LoggerMessage(EventId = 4099, Level = LogLevel.Information, Message = "Mail is kept in the local outbox (table {Table}); set SendGrid:ApiKey to deliver it")]
    private static partial void LogOutbox(ILogger logger, string table);
}
