using System.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Pages;

/// <summary>
/// Writes a page with the headers every Intake page carries: a strict content security policy,
/// no referrer (links carry tokens, which must not leak to other sites), no caching of pages that
/// show a person's request, and no framing.
/// </summary>
public sealed class PageResult(HtmlContent page, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public int StatusCode => statusCode;

    public HtmlContent Page => page;

    public static void ApplySecurityHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        ApplySecurityHeaders(response);
        await response.WriteAsync(page.Value, Encoding.UTF8, httpContext.RequestAborted);
    }
}
