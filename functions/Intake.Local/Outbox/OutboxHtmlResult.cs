using Microsoft.AspNetCore.Http;

namespace Intake.Local.Outbox;

/// <summary>
/// An outbox page with headers that keep it inert: no scripts, no plugins, no framing, and no
/// referrer, because the links on it carry signed tokens that must not leak to other sites.
/// </summary>
internal sealed class OutboxHtmlResult(string html) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var headers = httpContext.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
