using Azure.Data.Tables;
using Intake.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Azure.Mail;

/// <summary>Wires the mail port for a host.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/>: SendGrid when <c>SendGrid:ApiKey</c> is set, otherwise
    /// the local outbox (and <see cref="IOutbox"/> to read it). The outbox uses
    /// <c>Outbox:ConnectionString</c> if set, else the host's registered <see cref="TableServiceClient"/>.
    /// The choice is logged once at start, without the key.
    /// </summary>
    /// <exception cref="InvalidOperationException">SendGrid is chosen but <c>SendGrid:FromEmail</c> is missing.</exception>
    public static IServiceCollection AddIntakeMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var sendGrid = configuration.GetSection(SendGridOptions.SectionName);
        var outbox = configuration.GetSection(OutboxOptions.SectionName);
        services.Configure<SendGridOptions>(sendGrid);
        services.Configure<OutboxOptions>(outbox);
        services.TryAddSingleton(TimeProvider.System);

        if (!string.IsNullOrWhiteSpace(sendGrid[nameof(SendGridOptions.ApiKey)]))
        {
            // Fail at start, not at the first mail days later.
            if (!RecipientAddress.IsPlain(sendGrid[nameof(SendGridOptions.FromEmail)]))
            {
                throw new InvalidOperationException("SendGrid:ApiKey is set, so SendGrid:FromEmail must be set to one plain address.");
            }

            services.AddHttpClient<IMailSender, SendGridMailSender>();
            // Only the host and port are shown: a URL could carry credentials in its user part.
            var host = Uri.TryCreate(sendGrid[nameof(SendGridOptions.Host)], UriKind.Absolute, out var url) ? url.Authority : "api.sendgrid.com";
            services.AddSingleton(new MailTransport(MailTransportKind.SendGrid, host));
        }
        else
        {
            services.TryAddSingleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<OutboxOptions>>();
                var tables = string.IsNullOrWhiteSpace(options.Value.ConnectionString)
                    ? provider.GetService<TableServiceClient>()
                        ?? throw new InvalidOperationException("The mail outbox needs storage: set Outbox:ConnectionString or register a TableServiceClient.")
                    : new TableServiceClient(options.Value.ConnectionString);
                return new OutboxMailSender(tables, options, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<OutboxMailSender>>());
            });
            services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<OutboxMailSender>());
            services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<OutboxMailSender>());
            services.AddSingleton(new MailTransport(MailTransportKind.Outbox, outbox[nameof(OutboxOptions.TableName)] ?? new OutboxOptions().TableName));
        }

        services.AddHostedService<MailTransportAnnouncer>();
        return services;
    }
}
