using System.CommandLine;
using System.Security.Cryptography;
using Intake.Adapters.Hosting;
using Intake.Adapters.Sources;
using Intake.Core.DataControllers;
using Intake.Core.DataMaps;
using Intake.Core.Notifications;
using Intake.Core.Tokens;
using Intake.Local.Hosting;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Cli;

/// <summary>
/// <c>staff-link &lt;controller&gt;</c>: prints a fresh link to the controller's staff overview. The
/// local host has no staff passwords: the overview is reached by a signed link, mailed in reminders
/// or minted here with the key the host signs with (the current key of the configured ones, else the key file).
/// </summary>
public static class StaffLinkCommand
{
    public const string Name = "staff-link";

    public static Command Create()
    {
        var controller = new Argument<string>("controller") { Description = "The controller's id in its data map, e.g. clewer." };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The address the host is reached at. [default: Intake:PublicBaseUrl, else http://localhost:7071/]",
            HelpName = "url",
        };
        var dataPath = new Option<string?>("--data-path")
        {
            Description = "The host's data folder, which holds its signing key. [default: Intake:DataPath, else ~/.intake]",
            HelpName = "folder",
        };
        var command = new Command(Name, "Print a fresh link to a controller's staff overview of open requests.") { controller, baseUrl, dataPath };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(baseUrl) is { Length: > 0 } url)
            {
                overrides["Intake:PublicBaseUrl"] = url;
            }

            if (parse.GetValue(dataPath) is { Length: > 0 } folder)
            {
                overrides["Intake:DataPath"] = folder;
            }

            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddInMemoryCollection(overrides)
                .Build();
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var link = Mint(configuration, parse.GetRequiredValue(controller), DateTimeOffset.UtcNow);
                await output.WriteLineAsync(link.AbsoluteUri.AsMemory(), cancellationToken);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or DataMapException or FormatException)
            {
                await error.WriteLineAsync(e.Message.AsMemory(), cancellationToken);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>An overview link for <paramref name="controllerId"/>, valid for the overview lifetime (<c>Links:StaffOverviewHours</c>).</summary>
    /// <exception cref="ArgumentException">No data map names that controller.</exception>
    public static Uri Mint(IConfiguration configuration, string controllerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var catalog = DataMapCatalog.LoadFolder(configuration[DataMapCatalog.FolderKey] is { Length: > 0 } configured ? configured : DataMapFolder.Locate());
        if (!catalog.TryGet(new ControllerId(controllerId), out _))
        {
            var known = string.Join(", ", catalog.Maps.Select(map => map.Controller.Id.Value).Order(StringComparer.Ordinal));
            throw new ArgumentException($"No controller '{controllerId}' is configured; the data maps name: {known}.", nameof(controllerId));
        }

        var keys = SigningKey.Ring(configuration, LocalSettings.DataFolder(configuration));
        var links = LocalSettings.Links(configuration);
        var issuer = new LinkIssuer(new LinkTokenSigner(keys), links.PublicBaseUrl);
        var nonce = "cli:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return issuer.Issue(controllerId, LinkNames.Overview, TokenAudience.Staff, now + links.OverviewLinkLifetime, nonce);
    }
}
