using Intake.Azure.Engine;
using Intake.Azure.Hosting;
using Intake.Azure.Storage;
using Intake.Core.Gateway;
using Intake.Local.Outbox;
using Intake.Web.Hosting;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Hosting;

/// <summary>
/// The local host as one ASP.NET Core app: the shared services, the Table-backed engine with its
/// worker and timer scan, the outbox, health and the web surface. Tests and the command line build
/// it the same way the server does.
/// </summary>
public static class LocalApp
{
    /// <summary>A builder with Intake's defaults; the caller may add configuration before <see cref="Build"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:7071");
        }

        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddIntakeCommon(configuration);
        services.AddSingleton(LocalSettings.Engine(configuration));
        services.AddSingleton(provider =>
        {
            var clients = provider.GetRequiredService<StorageClients>();
            return new WakeIndex(clients.Table(clients.Options.WakeTable));
        });
        services.AddSingleton(provider =>
        {
            var clients = provider.GetRequiredService<StorageClients>();
            return new WorkQueue(clients.Queues.GetQueueClient(clients.Options.WorkQueue));
        });
        services.AddSingleton<RequestEngine>();
        services.AddSingleton<IRequestGateway, LocalRequestGateway>();
        services.AddSingleton<EffectWorker>();
        services.AddSingleton<TimerScanner>();
        services.AddSingleton<StorageReadiness>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageReadiness>());
        services.AddHostedService<EngineHostedService>();
        services.AddIntakeTelemetry(configuration);
        services.AddPersonWeb(configuration);
        services.AddLinkWeb();

        var app = builder.Build();
        app.UsePersonWeb();
        app.MapGet("/healthz", async (StorageReadiness storage, CancellationToken cancellationToken) =>
            await storage.IsReachableAsync(cancellationToken)
                ? Results.Text("ok", "text/plain")
                : Results.Text("storage unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapAssetEndpoints();
        app.MapOutboxEndpoints();
        app.MapPersonWebEndpoints();
        app.MapLinkWeb();
        return app;
    }
}
