using Intake.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Adapters.Mail;

/// <summary>Wires the mail port for a host.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> as SendGrid when <c>SendGrid:ApiKey</c> is set. Without a key
    /// nothing is registered: the local host then keeps mail in its outbox, and the Functions app
    /// refuses to start (production mail has one route). The route is logged once at start, without the key.
    /// </summary>
    /// <exception cref="InvalidOperationException">SendGrid is chosen but <c>SendGrid:FromEmail</c> is missing.</exception>
    public static IServiceCollection AddIntakeMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var sendGrid = configuration.GetSection(SendGridOptions.SectionName);
        services.Configure<SendGridOptions>(sendGrid);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<MailTransportAnnouncer>();
        if (string.IsNullOrWhiteSpace(sendGrid[nameof(SendGridOptions.ApiKey)]))
        {
            return services;
        }

        // Fail at start, not at the first mail days later.
        if (!RecipientAddress.IsPlain(sendGrid[nameof(SendGridOptions.FromEmail)]))
        {
            throw new InvalidOperationException("SendGrid:ApiKey is set, so SendGrid:FromEmail must be set to one plain address.");
        }

        services.AddHttpClient<IMailSender, SendGridMailSender>();
        // Only the host and port are shown: a URL could carry credentials in its user part.
        var host = Uri.TryCreate(sendGrid[nameof(SendGridOptions.Host)], UriKind.Absolute, out var url) ? url.Authority : "api.sendgrid.com";
        services.AddSingleton(new MailTransport(MailTransportKind.SendGrid, host));
        return services;
    }
}
