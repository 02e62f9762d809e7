using Azure.Data.Tables;
using Intake.Adapters.Mail;
using Intake.Core.Notifications;
using Intake.Local.Outbox;
using Intake.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Integration.Tests.Mail;

[Collection(AzuriteCollection.Name)]
public sealed class MailRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void An_api_key_chooses_sendgrid()
    {
        using var provider = Build(new()
        {
            ["SendGrid:ApiKey"] = "SG.key",
            ["SendGrid:FromEmail"] = "intake@clerica.example",
            ["SendGrid:Host"] = "http://user:secret@127.0.0.1:9",
        });

        Assert.IsType<SendGridMailSender>(provider.GetRequiredService<IMailSender>());
        Assert.Null(provider.GetService<IOutbox>());
        Assert.Equal(new MailTransport(MailTransportKind.SendGrid, "127.0.0.1:9"), provider.GetRequiredService<MailTransport>());
    }

    [Fact]
    public void Without_an_api_key_mail_goes_to_the_outbox()
    {
        using var provider = Build(new()
        {
            ["Outbox:ConnectionString"] = azurite.ConnectionString,
            ["Outbox:TableName"] = "outboxregistration",
        });

        var sender = Assert.IsType<OutboxMailSender>(provider.GetRequiredService<IMailSender>());
        Assert.Same(sender, provider.GetRequiredService<IOutbox>());
        Assert.Equal("outboxregistration", sender.TableName);
        Assert.Equal(MailTransportKind.Outbox, provider.GetRequiredService<MailTransport>().Kind);
    }

    [Fact]
    public void Without_an_api_key_the_production_adapters_register_no_mail_route()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddIntakeMail(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(services, service => service.ServiceType == typeof(IMailSender));
    }

    [Fact]
    public void The_outbox_uses_the_hosts_table_client_when_no_connection_string_is_set()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new TableServiceClient(azurite.ConnectionString));
        services.AddIntakeMail(new ConfigurationBuilder().Build()).AddLocalOutbox(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Equal("outbox", Assert.IsType<OutboxMailSender>(provider.GetRequiredService<IMailSender>()).TableName);
    }

    [Fact]
    public void The_outbox_without_storage_says_what_is_missing()
    {
        using var provider = Build([]);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IMailSender>());
        Assert.Contains("Outbox:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_key_without_a_sender_address_fails_at_start_without_repeating_the_key()
    {
        using var provider = new ServiceCollection().AddLogging()
            .AddIntakeMail(Configuration(new() { ["SendGrid:ApiKey"] = "SG.very-secret", ["SendGrid:Host"] = "ftp://user:secret@sink" }))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(error.Failures, failure => failure.StartsWith("SendGrid:FromEmail must be one plain address", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("SendGrid:Host must be an absolute http or https URL", StringComparison.Ordinal));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_choice_is_logged_once_without_the_key()
    {
        var logged = new List<string>();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(new ListLoggerProvider(logged)));
        services.AddIntakeMail(Configuration(new()
        {
            ["SendGrid:ApiKey"] = "SG.very-secret",
            ["SendGrid:FromEmail"] = "intake@clerica.example",
        }));
        using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var line = Assert.Single(logged, message => message.Contains("SendGrid", StringComparison.Ordinal));
        Assert.Contains("api.sendgrid.com", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logged, message => message.Contains("very-secret", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        var configuration = Configuration(settings);
        services.AddIntakeMail(configuration).AddLocalOutbox(configuration);
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception));
                }
            }
        }
    }
}
