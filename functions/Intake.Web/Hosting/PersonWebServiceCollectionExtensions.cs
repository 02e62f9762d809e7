using Intake.Adapters.DataProtection;
using Intake.Adapters.Idempotency;
using Intake.Adapters.RateLimits;
using Intake.Adapters.Storage;
using Intake.Core.Tokens;
using Intake.Web.Inbound;
using Intake.Web.RateLimits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Hosting;

/// <summary>The services the person-facing doors need, for either host: antiforgery (its keys in storage), the rate limits (counted in storage), ProblemDetails, OpenAPI, the mail reader and the idempotency store.</summary>
public static class PersonWebServiceCollectionExtensions
{
    public static IServiceCollection AddPersonWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = PersonWebOptions.From(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddAntiforgery();
        // Antiforgery tokens are signed with data protection keys: kept in storage, so every instance
        // and every restart accepts the forms the others served.
        services.AddDataProtection().SetApplicationName("intake");
        services.AddOptions<KeyManagementOptions>().Configure<StorageClients>((keys, clients) =>
            keys.XmlRepository = new BlobXmlRepository(clients.Container(clients.Options.DataProtectionContainer)));
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi
            .AddDocumentTransformer(PersonWebOpenApiDocument.DescribeAsync)
            .AddOperationTransformer(PersonWebOpenApi.DescribeBodyAsync)
            .AddOperationTransformer(ProblemExamplesOpenApi.DescribeAsync));
        services.AddInboundMailReader(configuration);
        services.AddSingleton(provider =>
        {
            // Counters live one hour at most, so a key derived from the current link key is enough:
            // rotating it only starts the counts afresh.
            var clients = provider.GetRequiredService<StorageClients>();
            return new TableRateLimiter(
                clients.Table(clients.Options.RateLimitsTable),
                provider.GetRequiredService<LinkTokenSigner>().Keys.Current.Derive("intake-rate-limits"u8),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<TableRateLimiter>>());
        });
        services.AddSingleton<PersonRateLimits>();
        services.AddSingleton(provider =>
        {
            var clients = provider.GetRequiredService<StorageClients>();
            return new IdempotencyStore(clients.Table(clients.Options.IdempotencyTable), provider.GetRequiredService<TimeProvider>());
        });
        services.AddTransient<InboundIntake>();
        return services;
    }
}
