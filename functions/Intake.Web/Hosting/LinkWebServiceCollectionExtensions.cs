using Intake.Core.Records;
using Intake.Web.Accountability;
using Intake.Web.Callbacks;
using Intake.Web.Downloads;
using Intake.Web.Links;
using Intake.Settings;
using Intake.Web.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Web.Hosting;

/// <summary>
/// The services the link pages need beyond the shared Intake services: antiforgery for their forms,
/// whether staff pages also require an Entra sign-in (<see cref="StaffSignInOptions"/>), and the
/// staff list's copy of the request index (<see cref="RequestListCache"/>).
/// </summary>
public static class LinkWebServiceCollectionExtensions
{
    /// <summary>Binds <c>Staff:*</c>; a wrong value stops the host at start, reported with every other.</summary>
    public static IServiceCollection AddLinkWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Registering twice is harmless (the person pages register it too); the link pages validate tokens themselves.
        services.AddAntiforgery();
        services.AddOptions<StaffSignInSettings>()
            .BindSettings(configuration, StaffSignInSettings.SectionName)
            .ValidateOnStart();
        services.AddSingleton(provider => StaffSignInOptions.From(provider.GetRequiredService<IOptions<StaffSignInSettings>>().Value));
        services.AddOptions<StaffListSettings>()
            .BindSettings(configuration, StaffListSettings.SectionName)
            .ValidateOnStart();
        services.AddSingleton(provider => RequestListCacheOptions.From(provider.GetRequiredService<IOptions<StaffListSettings>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new RequestListCache(
            provider.GetRequiredService<IRequestIndexChanges>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<RequestListCacheOptions>()));
        PersonWebServiceCollectionExtensions.AddPageParts(services);
        services.AddSingleton<StaffGate>();
        services.AddSingleton<CallbackSources>();
        // Scoped: the handlers use the gateway, which the Functions app binds per invocation.
        services.AddScoped<OverviewHandler>();
        services.AddScoped<RequestDetailHandler>();
        services.AddScoped<MandateHandler>();
        services.AddScoped<ReportHandler>();
        services.AddScoped<LinkPageHandler>();
        services.AddScoped<DownloadHandler>();
        services.AddScoped<SourceCallbackHandler>();
        return services;
    }
}
