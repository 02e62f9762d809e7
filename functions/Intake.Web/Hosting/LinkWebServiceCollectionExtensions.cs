using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Hosting;

/// <summary>The services the link pages need beyond the shared Intake services: antiforgery for their forms.</summary>
public static class LinkWebServiceCollectionExtensions
{
    public static IServiceCollection AddLinkWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Registering twice is harmless (the person pages register it too); the link pages validate tokens themselves.
        services.AddAntiforgery();
        return services;
    }
}
