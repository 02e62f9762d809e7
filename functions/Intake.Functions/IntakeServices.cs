using Intake.Azure.Durable;
using Intake.Azure.Engine;
using Intake.Azure.Storage;
using Intake.Functions.Gateway;
using Intake.Functions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions;

/// <summary>The Functions app's wiring, in one place.</summary>
public static class IntakeServices
{
    /// <summary>
    /// Registers what the orchestrator, its activities and the HTTP functions use. This is the
    /// extension point for the rest of the product: the effect executor (<c>IEffectExecutor</c>,
    /// which <see cref="RunEffectActivity"/> needs), mail, data-source connectors and the shared web
    /// handlers are added here through their own <c>Add…</c> methods as they land.
    /// </summary>
    public static IServiceCollection AddIntakeServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = StorageConfiguration.Read(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton<StorageClients>();
        services.AddHostedService<StorageSetup>();
        services.AddSingleton(provider => new TableRequestStore(provider.GetRequiredService<StorageClients>().Table(storage.RequestsTable)));
        services.AddSingleton<RunEffectActivity>();
        services.AddSingleton<PublishRequestActivity>();
        services.AddSingleton<RequestGatewayFactory>();
        return services;
    }
}
