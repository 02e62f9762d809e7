using Intake.Adapters.Downloads;
using Intake.Adapters.Settings;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Hosting;

/// <summary>
/// The settings both hosts share, each section bound with the options pattern and checked when the
/// host starts (<c>ValidateOnStart</c>), and the values the services use built from them: the
/// process policy (<see cref="IntakeOptions"/>), the links (<see cref="LinkOptions"/>), downloads
/// and the link keys (<see cref="LinkKeyRing"/>).
/// </summary>
public static class SettingsServiceCollectionExtensions
{
    public static IServiceCollection AddIntakeSettings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProcessSettings>().BindSettings(configuration, ProcessSettings.SectionName).ValidateOnStart();
        services.AddOptions<ContactSettings>().BindSettings(configuration, ContactSettings.SectionName).ValidateOnStart();
        services.AddOptions<DownloadOptions>().BindSettings(configuration, DownloadOptions.SectionName).ValidateOnStart();
        services.AddOptions<LinkSettings>().BindSettings(configuration, LinkSettings.SectionName).ValidateOnStart();
        services.AddOptions<SiteSettings>().BindSettings(configuration, SiteSettings.SectionName).ValidateOnStart();
        services.AddOptions<LinkKeyRingOptions>().Configure(options => options.Read(configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LinkKeyRingOptions>, LinkKeyRingOptions.Validator>();

        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DownloadOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ProcessSettings>>().Value.ToIntakeOptions(
            provider.GetRequiredService<IOptions<DownloadOptions>>().Value, provider.GetRequiredService<IOptions<ContactSettings>>().Value));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<LinkSettings>>().Value.ToLinkOptions(
            provider.GetRequiredService<IOptions<SiteSettings>>().Value));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<LinkKeyRingOptions>>().Value.Ring
            ?? throw new InvalidOperationException("The link keys are not configured correctly."));
        return services;
    }
}
