using Intake.Adapters.Hosting;
using Intake.Adapters.Settings;
using Intake.Local.Azurite;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Intake.Local.Hosting;

/// <summary>
/// The settings the local host reads before it is built, so before the options pattern can hold
/// them: the Azurite it may start (<see cref="AzuriteSettings"/>), its own data folder
/// (<see cref="LocalDataSettings"/>) and the sample sources (<see cref="SampleDataSettings"/>).
/// They are bound and checked with the same rules as every other section, and a wrong one stops
/// the host with its key named. The engine's are in <see cref="Engine.LocalEngineSettings"/>.
/// </summary>
public static class LocalSettings
{
    /// <exception cref="InvalidSettingsException">An <c>Azurite:*</c> setting is wrong.</exception>
    public static AzuriteOptions Azurite(IConfiguration configuration) =>
        Read<AzuriteSettings>(configuration, AzuriteSettings.SectionName).ToAzuriteOptions();

    /// <summary>The folder the local host keeps its own files in (signing key, sample data): beside Azurite's data.</summary>
    public static string DataFolder(IConfiguration configuration) =>
        Read<LocalDataSettings>(configuration, LocalDataSettings.SectionName).DataPath;

    /// <exception cref="InvalidSettingsException">An <c>Intake:SampleData:*</c> setting is wrong.</exception>
    public static SampleDataSettings SampleData(IConfiguration configuration) =>
        Read<SampleDataSettings>(configuration, SampleDataSettings.SectionName);

    /// <summary>Where links point and how long they work, for a command that mints a link without a host.</summary>
    /// <exception cref="InvalidSettingsException">A <c>Links:*</c> or <c>Intake:*</c> setting is wrong; every one is named.</exception>
    public static Core.Tokens.LinkOptions Links(IConfiguration configuration)
    {
        var failures = new List<string>();
        var links = TryRead<LinkSettings>(configuration, LinkSettings.SectionName, failures);
        var site = TryRead<SiteSettings>(configuration, SiteSettings.SectionName, failures);
        return links is not null && site is not null ? links.ToLinkOptions(site) : throw new InvalidSettingsException(failures);
    }

    private static T? TryRead<T>(IConfiguration configuration, string section, List<string> failures)
        where T : class, new()
    {
        try
        {
            return configuration.ReadSettings<T>(section);
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures);
            return null;
        }
    }

    private static T Read<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        try
        {
            return configuration.ReadSettings<T>(section);
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidSettingsException(e.Failures, e);
        }
    }
}
