using Intake.Adapters.Hosting;
using Intake.Adapters.Settings;
using Intake.Local.Engine;
using Intake.Local.Outbox;
using Intake.Web.Forms;
using Intake.Web.Hosting;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Hosting;

/// <summary>
/// The local host as one ASP.NET Core app: the shared services, the request process on the Durable
/// Task Framework (in this process, over the host's storage), the outbox, health and the web
/// surface. Tests and the command line build it the same way the server does.
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

    /// <exception cref="InvalidSettingsException">A setting is wrong; every one is named.</exception>
    /// <param name="replace">Changes to the services after Intake's own: how a test or a benchmark puts a
    /// stand-in where the outside world would be (a slow data source, a failing one).</param>
    public static WebApplication Build(WebApplicationBuilder builder, Action<IServiceCollection>? replace = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddIntakeCommon(configuration);
        // The outbox table follows the storage prefix unless configured (this runs before the section is bound).
        services.AddOptions<OutboxOptions>().Configure(outbox => outbox.TableName = StorageSettings.Names(configuration).OutboxTable);
        services.AddLocalOutbox(configuration);
        services.AddSingleton<StorageReadiness>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageReadiness>());
        services.AddProcessEngine(configuration);
        services.AddIntakeTelemetry(configuration);
        services.AddRequestRedaction();
        services.AddPersonWeb(configuration);
        services.AddLinkWeb(configuration);
        replace?.Invoke(services);

        var app = builder.Build();
        // Every wrong setting is reported now, together, before anything is served or started.
        SettingsCheck.ThrowIfInvalid(app.Services);
        app.UsePersonWeb();
        app.MapGet("/healthz", async (StorageReadiness storage, CancellationToken cancellationToken) =>
            await storage.IsReachableAsync(cancellationToken)
                ? Results.Text("ok", "text/plain")
                : Results.Text("storage unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription(); // a probe for the platform, not part of the API
        app.MapAssetEndpoints();
        app.MapOutboxEndpoints();
        app.MapPersonWebEndpoints();
        app.MapLinkWeb();

        // A path nothing serves is answered with a page that says so (a problem document under
        // /api), never an empty 404 a person or a client cannot read.
        app.MapFallback((HttpContext context) => context.Request.Path.StartsWithSegments("/api")
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No endpoint answers this path; the API is described at /openapi/v1.json.")
            : (IResult)FormPages.NotFound(PageLanguage.From(context.Request)));
        return app;
    }
}
