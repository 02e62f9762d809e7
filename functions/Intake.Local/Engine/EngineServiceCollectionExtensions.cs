using DurableTask.AzureStorage;
using Intake.Adapters.Storage;
using Intake.Core.Gateway;
using Intake.Orchestration.Activities;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Engine;

/// <summary>The local host's engine: the Durable Task Framework in process, its client behind the gateway, and the history sweep.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddProcessEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = EngineSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Gateway);
        services.AddSingleton(settings.HistoryRetention);
        services.AddSingleton(provider => TaskHubService.Create(
            provider.GetRequiredService<StorageOptions>(), settings, provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<TaskHubProcessClient>();
        services.AddSingleton<IProcessClient>(provider => provider.GetRequiredService<TaskHubProcessClient>());
        services.AddSingleton<IRequestGateway, ProcessGateway>();
        services.AddSingleton<RunEffect>();
        services.AddSingleton<PublishRequest>();
        services.AddSingleton<HistoryPurge>();
        services.AddSingleton<TaskHubHistory>();
        services.AddHostedService<ProcessWorker>();
        services.AddHostedService<HistoryPurgeService>();
        return services;
    }
}
