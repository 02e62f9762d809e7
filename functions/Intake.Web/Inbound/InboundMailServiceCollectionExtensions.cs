using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Web.Inbound;

/// <summary>Registers the <see cref="InboundMailReader"/> with its options from configuration.</summary>
public static class InboundMailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="InboundMailOptions"/> from <c>Intake:Inbound</c> (defaults where absent),
    /// validates them at once so a bad limit fails at start-up, and adds the reader as a singleton.
    /// </summary>
    public static IServiceCollection AddInboundMailReader(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(InboundMailOptions.SectionName).Get<InboundMailOptions>() ?? new InboundMailOptions();
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new InboundMailReader(options, provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
