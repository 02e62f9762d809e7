using DurableTask.AzureStorage;
using Intake.Adapters.Storage;
using Intake.Core.Gateway;
using Intake.Orchestration;
using Intake.Orchestration.Activities;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Local.Engine;

/// <summary>The local host's engine: the Durable Task Framework in process, its client behind the gateway, and the history sweep.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddProcessEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Bound and checked when the host starts; the gateway's waits and the history retention too.
        services.AddOptions<LocalEngineSettings>().BindSettings(configuration, LocalEngineSettings.SectionName).ValidateOnStart();
        services.AddProcessClientSettings(configuration);
        services.AddSingleton(provider => EngineSettings.From(
            provider.GetRequiredService<IOptions<LocalEngineSettings>>().Value, provider.GetRequiredService<IOptions<ProcessClientSettings>>().Value));
        services.AddSingleton(provider => TaskHubService.Create(
            provider.GetRequiredService<StorageOptions>(), provider.GetRequiredService<EngineSettings>(), provider.GetRequiredService<ILoggerFactory>()));
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
