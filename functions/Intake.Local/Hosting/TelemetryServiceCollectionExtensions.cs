using Intake.Orchestration.Telemetry;
using Intake.Settings;
using Intake.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intake.Local.Hosting;

/// <summary>
/// Traces, metrics and logs with OpenTelemetry: ASP.NET Core, outgoing HTTP, and the sources both
/// hosts share (<see cref="IntakeTelemetry"/>: Intake's own, the Durable Task engine's, the Azure
/// SDK's). Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the Functions app
/// sends the same to Application Insights. Spans carry request ids, never names or addresses.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddIntakeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The Azure SDK publishes its activities only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        services.AddOptions<TelemetrySettings>().BindSettings(configuration, string.Empty).ValidateOnStart();
        // Whether an exporter is added is decided while services are registered; the endpoint's
        // form is checked with the other settings at start.
        var export = !string.IsNullOrWhiteSpace(configuration[TelemetrySettings.OtlpEndpointKey]);
        services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options =>
                    {
                        options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz");
                        // Spans carry route templates, never a path with a token or a query with a secret.
                        options.EnrichWithHttpResponse = (activity, response) => RequestRedaction.Redact(activity, response.HttpContext);
                    })
                    .AddHttpClientInstrumentation()
                    .AddSource([.. IntakeTelemetry.TraceSources]);
                if (export)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter([.. IntakeTelemetry.Meters]);
                if (export)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (export)
                {
                    logging.AddOtlpExporter();
                }
            });
        return services;
    }
}
