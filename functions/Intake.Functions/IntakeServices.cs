using Intake.Azure.Durable;
using Intake.Azure.Hosting;
using Intake.Azure.Storage;
using Intake.Core.Gateway;
using Intake.Functions.Gateway;
using Intake.Functions.Storage;
using Intake.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions;

/// <summary>The Functions app's wiring, in one place.</summary>
public static class IntakeServices
{
    /// <summary>
    /// Registers what the orchestrator, its activities and the HTTP functions use: the services both
    /// hosts share (<see cref="IntakeServiceCollectionExtensions.AddIntakeCommon"/>: storage, mail,
    /// data maps and connectors, the effect executor, links), then the Durable pieces.
    /// </summary>
    public static IServiceCollection AddIntakeServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIntakeCommon(configuration);
        services.AddHostedService<StorageSetup>();
        services.AddSingleton<RunEffectActivity>();
        services.AddSingleton<PublishRequestActivity>();
        services.AddSingleton<RequestGatewayFactory>();
        services.AddScoped<InvocationGateway>();
        services.AddScoped<IRequestGateway>(provider => provider.GetRequiredService<InvocationGateway>());
        services.AddPersonWeb(configuration);
        services.AddLinkWeb();
        return services;
    }
}
