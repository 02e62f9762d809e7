using System.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Pages;

/// <summary>
/// Writes a page with the headers every Intake page carries: a strict content security policy,
/// no referrer (links carry tokens, which must not leak to other sites), no caching of pages that
/// show a person's request, and no framing.
/// </summary>
/// <param name="formActions">Origins besides our own that a form on the page may lead to, redirects
/// included (the download button's answer is a redirect to storage); none for every other page.</param>
public sealed class PageResult(PageView page, int statusCode = StatusCodes.Status200OK, string? formActions = null) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public int StatusCode => statusCode;

    public PageView Page => page;

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
        if (formActions is not null)
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + formActions, StringComparison.Ordinal);
        }

        await response.WriteAsync(await page.RenderAsync(), Encoding.UTF8, httpContext.RequestAborted);
    }
}
