using Azure.Data.Tables;
using Intake.Adapters.Mail;
using Intake.Adapters.Storage;
using Intake.Core.Notifications;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Local.Outbox;

/// <summary>Wires the local outbox as the mail route when no other route was registered.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Keeps mail in the outbox table (and registers <see cref="IOutbox"/> to read it) unless a mail
    /// sender is already registered, i.e. unless <c>SendGrid:ApiKey</c> chose SendGrid. The outbox uses
    /// <c>Outbox:ConnectionString</c> if set, else the host's registered <see cref="TableServiceClient"/>.
    /// </summary>
    public static IServiceCollection AddLocalOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(service => service.ServiceType == typeof(IMailSender)))
        {
            return services;
        }

        services.AddOptions<OutboxOptions>().BindSettings(configuration, OutboxOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<OutboxOptions>>();
            var tables = string.IsNullOrWhiteSpace(options.Value.ConnectionString)
                ? provider.GetService<TableServiceClient>()
                    ?? throw new InvalidOperationException("The mail outbox needs storage: set Outbox:ConnectionString or register a TableServiceClient.")
                // An outbox of its own storage gets the same retry policy as the host's clients.
                : new TableServiceClient(options.Value.ConnectionString, StorageClients.Configure(new TableClientOptions()));
            return new OutboxMailSender(tables, options, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<OutboxMailSender>>());
        });
        services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<OutboxMailSender>());
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<OutboxMailSender>());
        services.AddSingleton(provider => new MailTransport(MailTransportKind.Outbox, provider.GetRequiredService<IOptions<OutboxOptions>>().Value.TableName));
        return services;
    }
}
