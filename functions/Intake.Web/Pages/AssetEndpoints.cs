using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Pages;

/// <summary>Serves the stylesheet from the assembly, so both hosts ship it without a wwwroot.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream("Intake.Web.Assets.intake.css")
            ?? throw new InvalidOperationException("The stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapAssetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A stylesheet is no part of the API a client generator reads.
        endpoints.MapGet("/assets/intake.css", StylesheetResult).ExcludeFromDescription();
        return endpoints;
    }

    public static IResult StylesheetResult(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }
}
