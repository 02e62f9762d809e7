using Intake.Orchestration.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intake.Local.Hosting;

/// <summary>
/// Traces and metrics with OpenTelemetry: ASP.NET Core, outgoing HTTP, the Azure SDK and Intake's
/// own source and meter. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// Spans carry request ids, never names or addresses.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddIntakeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The Azure SDK publishes its activities only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var export = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
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
            });
        return services;
    }
}
