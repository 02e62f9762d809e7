using System.Threading.RateLimiting;
using Intake.Azure.DataProtection;
using Intake.Azure.Idempotency;
using Intake.Azure.Storage;
using Intake.Web.Forms;
using Intake.Web.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Web.Hosting;

/// <summary>The services the person-facing doors need, for either host: antiforgery (its keys in storage), rate limits, ProblemDetails, OpenAPI, the mail reader and the idempotency store.</summary>
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
        services.AddOpenApi(openApi => openApi.AddOperationTransformer(PersonWebOpenApi.DescribeBodyAsync));
        services.AddInboundMailReader(configuration);
        services.AddSingleton(new AddressRateLimiter(options.RequestsPerAddressPerHour));
        services.AddSingleton(provider =>
        {
            var clients = provider.GetRequiredService<StorageClients>();
            return new IdempotencyStore(clients.Table(clients.Options.IdempotencyTable), provider.GetRequiredService<TimeProvider>());
        });
        services.AddTransient<InboundIntake>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PersonWebPolicies.Posts, context => options.PostsPerMinute == 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PostsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = PersonWebRejection.WriteAsync;
        });
        return services;
    }
}
