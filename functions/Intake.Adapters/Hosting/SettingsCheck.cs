using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Runs every settings check registered with <c>ValidateOnStart</c> as soon as the host is built,
/// and turns what they found into one error that lists every wrong setting. The generic host runs
/// the same checks when it starts, but only after it has built its hosted services, and one of
/// those reaching a wrong section first would report that section alone; the command line builds
/// the host without starting it at all.
/// </summary>
public static class SettingsCheck
{
    /// <exception cref="InvalidSettingsException">A setting is wrong; the message names each one.</exception>
    public static void ThrowIfInvalid(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidSettingsException(e.Failures, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            throw new InvalidSettingsException(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures), e);
        }
    }
}
