using Azure.Monitor.OpenTelemetry.Exporter;
using Intake.Adapters.Hosting;
using Intake.Adapters.Mail;
using Intake.Core.Gateway;
using Intake.Functions.Gateway;
using Intake.Functions.Http;
using Intake.Functions.Storage;
using Intake.Orchestration;
using Intake.Orchestration.Activities;
using Intake.Orchestration.Telemetry;
using Intake.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intake.Functions;

/// <summary>The Functions app's wiring, in one place.</summary>
public static class IntakeServices
{
    /// <summary>
    /// Registers what the orchestrator, its activities and the HTTP functions use: the services both
    /// hosts share (<see cref="IntakeServiceCollectionExtensions.AddIntakeCommon"/>: storage, mail,
    /// data maps and connectors, the effect executor, links), the process's activities and client
    /// side, and telemetry to Application Insights.
    /// </summary>
    public static IServiceCollection AddIntakeServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIntakeCommon(configuration);
        // Production mail has one route: without a SendGrid key the app would take requests and
        // never mail the person, so it does not start (reported with every other wrong setting).
        services.AddOptions<SendGridOptions>()
            .Validate(options => !string.IsNullOrWhiteSpace(options.ApiKey), "SendGrid:ApiKey is not set: the Functions app sends mail only through SendGrid.")
            .ValidateOnStart();

        services.AddHostedService<StorageSetup>();
        services.AddSingleton<RunEffect>();
        services.AddSingleton<PublishRequest>();
        services.AddProcessClientSettings(configuration);
        services.AddSingleton<RequestGatewayFactory>();
        services.AddScoped<InvocationGateway>();
        services.AddScoped<InvocationBinding>();
        services.AddScoped<IRequestGateway>(provider => provider.GetRequiredService<InvocationGateway>());
        services.AddPersonWeb(configuration);
        services.AddLinkWeb(configuration);
        services.AddIntakeTelemetry(configuration);
        // The worker's ASP.NET Core pipeline logs requests too: never with their raw path or query.
        services.AddRequestRedaction();
        return services;
    }

    /// <summary>
    /// The same trace sources and meters as the local host (<see cref="IntakeTelemetry"/>), and logs,
    /// exported to Application Insights when its connection string is configured.
    /// </summary>
    private static void AddIntakeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var export = !string.IsNullOrWhiteSpace(connection);
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddSource([.. IntakeTelemetry.TraceSources]);
                if (export)
                {
                    tracing.AddAzureMonitorTraceExporter(options => options.ConnectionString = connection);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([.. IntakeTelemetry.Meters]);
                if (export)
                {
                    metrics.AddAzureMonitorMetricExporter(options => options.ConnectionString = connection);
                }
            })
            .WithLogging(logging =>
            {
                if (export)
                {
                    logging.AddAzureMonitorLogExporter(options => options.ConnectionString = connection);
                }
            });
    }
}
