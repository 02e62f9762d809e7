using Intake.Web.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Intake.Web.RateLimits;

namespace Intake.Web.Status;

/// <summary>
/// <c>GET /status/{token}</c> (the mailed link), <c>GET /{lang}/status/{token}</c> in another
/// language, and the actions under it: <c>POST …/resend</c>, <c>POST …/answer</c>,
/// <c>GET …/withdraw</c> (asks) and <c>POST …/withdraw</c> (acts).
/// </summary>
public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatusEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var lang = FormEndpoints.Lang;
        endpoints.MapGet("/status/{token}", (HttpContext context, string token, StatusHandler status) => status.GetAsync(context, token)).ExcludeFromDescription();
        endpoints.MapGet($"/{lang}/status/{{token}}", (HttpContext context, string lang, string token, StatusHandler status) => status.GetAsync(context, token, lang)).ExcludeFromDescription();
        endpoints.MapGet($"/{lang}/status/{{token}}/withdraw", (HttpContext context, string lang, string token, StatusHandler status) => status.GetWithdrawAsync(context, lang, token)).ExcludeFromDescription();
        endpoints.MapPost($"/{lang}/status/{{token}}/withdraw", (HttpContext context, string lang, string token, StatusHandler status) => status.PostWithdrawAsync(context, lang, token)).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        endpoints.MapPost($"/{lang}/status/{{token}}/resend", (HttpContext context, string lang, string token, StatusHandler status) => status.PostResendAsync(context, lang, token)).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        endpoints.MapPost($"/{lang}/status/{{token}}/answer", (HttpContext context, string lang, string token, StatusHandler status) => status.PostAnswerAsync(context, lang, token)).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        return endpoints;
    }
}
