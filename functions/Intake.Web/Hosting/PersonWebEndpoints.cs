using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Inbound;
using Intake.Web.Status;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Hosting;

/// <summary>Wires the person-facing doors into an app: the middleware they rely on, then every endpoint.</summary>
public static class PersonWebEndpoints
{
    /// <summary>
    /// Antiforgery; call once, after the app is built and before the endpoints run. The rate limits
    /// are not middleware: each post endpoint counts itself in storage (<see cref="RateLimits.PostLimitFilter"/>).
    /// </summary>
    public static IApplicationBuilder UsePersonWeb(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The forms, the status page, the JSON API with its OpenAPI document, and email intake.</summary>
    public static IEndpointRouteBuilder MapPersonWebEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi();
        endpoints.MapFormEndpoints();
        endpoints.MapStatusEndpoints();
        endpoints.MapApiEndpoints();
        endpoints.MapInboundEndpoints();
        return endpoints;
    }
}
