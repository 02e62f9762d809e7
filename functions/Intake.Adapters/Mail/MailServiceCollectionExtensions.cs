using Intake.Core.Notifications;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Mail;

/// <summary>Wires the mail port for a host.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> as SendGrid when <c>SendGrid:ApiKey</c> is set. Without a key
    /// nothing is registered: the local host then keeps mail in its outbox, and the Functions app
    /// refuses to start (production mail has one route). The route is logged once at start, without
    /// the key. The section is checked when the host starts (<see cref="SendGridOptions"/>): with a
    /// key, a missing sender address stops it then rather than at the first mail days later.
    /// </summary>
    public static IServiceCollection AddIntakeMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SendGridOptions>()
            .BindSettings(configuration, SendGridOptions.SectionName)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<MailTransportAnnouncer>();
        // Which route exists is decided here, while services are registered: the hosts register
        // their fallback (the outbox) or refuse to start by whether a sender is registered.
        if (string.IsNullOrWhiteSpace(configuration.GetSection(SendGridOptions.SectionName)[nameof(SendGridOptions.ApiKey)]))
        {
            return services;
        }

        services.AddHttpClient<IMailSender, SendGridMailSender>();
        services.AddSingleton(provider => new MailTransport(MailTransportKind.SendGrid, Authority(provider.GetRequiredService<IOptions<SendGridOptions>>().Value.Host)));
        return services;
    }

    /// <summary>Only the host and port are shown: a URL could carry credentials in its user part.</summary>
    private static string Authority(string? host) =>
        Uri.TryCreate(host, UriKind.Absolute, out var url) ? url.Authority : "api.sendgrid.com";
}
