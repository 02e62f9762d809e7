using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Settings;

/// <summary>
/// <c>AddOptions&lt;T&gt;().BindSettings(configuration, "Process").ValidateOnStart()</c>: the options
/// pattern's <c>Bind</c> and <c>ValidateDataAnnotations</c> in one step, so that every wrong value of
/// every section is reported together when the host starts (see <see cref="SettingsBinder"/> for why
/// the plain binder cannot).
/// </summary>
public static class SettingsOptionsBuilderExtensions
{
    /// <param name="sectionPath">The section's path; empty for settings named at the top level (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</param>
    public static OptionsBuilder<T> BindSettings<T>(this OptionsBuilder<T> builder, IConfiguration configuration, string sectionPath)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = Section(configuration, sectionPath);
        builder.Configure(settings => SettingsBinder.Bind(section, settings));
        builder.Services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section, builder.Name));
        return builder;
    }

    /// <summary>
    /// The settings of one section, bound and checked now, for code that runs before or without a
    /// host (a command that mints one link).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; each is named in <see cref="OptionsValidationException.Failures"/>.</exception>
    public static T ReadSettings<T>(this IConfiguration configuration, string sectionPath)
        where T : class, new()
    {
        var section = Section(configuration, sectionPath);
        var settings = new T();
        SettingsBinder.Bind(section, settings);
        var failures = SettingsValidator<T>.Failures(section, settings);
        return failures.Count == 0 ? settings : throw new OptionsValidationException(Options.DefaultName, typeof(T), failures);
    }

    private static IConfiguration Section(IConfiguration configuration, string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(sectionPath);
        return sectionPath.Length == 0 ? configuration : configuration.GetSection(sectionPath);
    }
}
