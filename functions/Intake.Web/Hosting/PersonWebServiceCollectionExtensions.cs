using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Settings;
using Intake.Web.Inbound;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.RateLimits;
using Intake.Web.Status;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Web.Hosting;

/// <summary>The services the person-facing doors need, for either host: antiforgery, the rate limits, ProblemDetails, OpenAPI and the mail reader. The stores behind them (data protection keys, rate counters, idempotency keys) are the adapters' part.</summary>
public static class PersonWebServiceCollectionExtensions
{
    public static IServiceCollection AddPersonWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebSettings>().BindSettings(configuration, WebSettings.SectionName).ValidateOnStart();
        services.AddOptions<InboundSettings>().BindSettings(configuration, InboundSettings.SectionName).ValidateOnStart();
        services.AddSingleton(provider => PersonWebOptions.From(
            provider.GetRequiredService<IOptions<WebSettings>>().Value, provider.GetRequiredService<IOptions<InboundSettings>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        services.AddAntiforgery();
        // Antiforgery tokens are signed with data protection keys; the host's adapters keep them in
        // storage, so every instance and every restart accepts the forms the others served.
        services.AddDataProtection().SetApplicationName("intake");
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi
            .AddDocumentTransformer(PersonWebOpenApiDocument.DescribeAsync)
            .AddOperationTransformer(PersonWebOpenApi.DescribeBodyAsync)
            .AddOperationTransformer(ProblemExamplesOpenApi.DescribeAsync));
        services.AddInboundMailReader(configuration);
        services.AddSingleton<PersonRateLimits>();
        services.AddTransient<InboundIntake>();
        AddPageParts(services);
        // Scoped: the handlers use the gateway, which the Functions app binds per invocation.
        services.AddScoped<FormSubmission>();
        services.AddScoped<RequestFormHandler>();
        services.AddScoped<ContactFormHandler>();
        services.AddScoped<StatusHandler>();
        services.AddScoped<RequestsApi>();
        services.AddScoped<InboundHandler>();
        return services;
    }

    /// <summary>The pieces both the person's pages and the link pages use; either registration adds them once.</summary>
    internal static void AddPageParts(IServiceCollection services)
    {
        services.TryAddSingleton<FormGate>();
        services.TryAddSingleton<ViewAudit>();
        services.TryAddSingleton<StorageTrouble>();
    }
}
