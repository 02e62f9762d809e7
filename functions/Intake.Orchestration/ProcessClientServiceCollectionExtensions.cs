using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Orchestration;

/// <summary>The process's client-side settings, registered alike by both hosts.</summary>
public static class ProcessClientServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ProcessClientSettings"/> (checked when the host starts) and registers the
    /// <see cref="ProcessGatewayOptions"/> and <see cref="HistoryRetention"/> built from it.
    /// </summary>
    public static IServiceCollection AddProcessClientSettings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProcessClientSettings>().BindSettings(configuration, ProcessClientSettings.SectionName).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ProcessClientSettings>>().Value.ToGatewayOptions());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ProcessClientSettings>>().Value.ToHistoryRetention());
        return services;
    }
}
