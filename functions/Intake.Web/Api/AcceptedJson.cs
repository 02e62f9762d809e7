using System.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Api;

/// <summary>202 with the answer's JSON exactly as first sent; a replay says so in <c>Idempotency-Replayed</c>.</summary>
internal sealed class AcceptedJson(string json, bool replayed) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status202Accepted;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-store";
        if (replayed)
        {
            httpContext.Response.Headers["Idempotency-Replayed"] = "true";
        }

        await httpContext.Response.WriteAsync(json, Encoding.UTF8, httpContext.RequestAborted);
    }
}
