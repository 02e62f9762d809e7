using Intake.Local.Azurite;
using Intake.Adapters.Hosting;
using Intake.Adapters.Settings;
using Intake.Local.SampleData;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>
/// What the local host does before it builds: start Azurite when no storage is configured, keep a
/// signing key for links, create the sample sources behind the sample data maps, and make mailed
/// links point at the address it listens on. Disposing stops the Azurite it started.
/// </summary>
public sealed class LocalPreparation : IAsyncDisposable
{
    private LocalPreparation(AzuriteProcess? azurite) => Azurite = azurite;

    /// <summary>The Azurite this host started, if it started one.</summary>
    public AzuriteProcess? Azurite { get; }

    public static async Task<LocalPreparation> RunAsync(WebApplicationBuilder builder, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(log);
        var configuration = builder.Configuration;
        var extra = new Dictionary<string, string?>();
        AzuriteProcess? azurite = null;

        var storage = StorageSettings.Read(configuration);
        if (storage.ConnectionString is null && storage.AccountName is null)
        {
            var options = LocalSettings.Azurite(configuration);
            await log.WriteLineAsync($"No storage configured: starting Azurite (data in {(options.InMemory ? "memory" : options.DataPath)}).");
            azurite = await AzuriteProcess.StartAsync(options, cancellationToken);
            extra["ConnectionStrings:Storage"] = azurite.ConnectionString;
            await log.WriteLineAsync($"Azurite is up: blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}.");
        }

        var dataFolder = LocalSettings.DataFolder(configuration);
        // Only a host with no link key at all makes one; a configured key ring is left as it is.
        if (!LinkKeySettings.AnyConfigured(configuration))
        {
            extra["Tokens:SigningKey"] = Convert.ToBase64String(SigningKey.Load(configuration, dataFolder));
        }

        if (string.IsNullOrWhiteSpace(configuration["Intake:PublicBaseUrl"]))
        {
            extra["Intake:PublicBaseUrl"] = ListeningAddress(configuration);
        }

        var connection = extra.TryGetValue("ConnectionStrings:Storage", out var started) ? started : storage.ConnectionString;
        var sample = LocalSettings.SampleData(configuration);
        if (sample.Enabled && connection is not null)
        {
            var folder = sample.Folder ?? Path.Combine(dataFolder, "sample");
            if (!File.Exists(SampleDataGenerator.SqlitePath(folder, "clerica-crm")) || azurite is { } && LocalSettings.Azurite(configuration).InMemory)
            {
                await log.WriteLineAsync($"Creating the sample sources (fake people) in {folder}.");
                await SampleDataGenerator.CreateAsync(folder, connection, cancellationToken: cancellationToken);
            }

            // Sample connection strings sit under whatever the operator configured.
            foreach (var (key, value) in SampleDataGenerator.Configuration(folder, connection))
            {
                if (string.IsNullOrWhiteSpace(configuration[key]))
                {
                    extra[key] = value;
                }
            }
        }

        configuration.AddInMemoryCollection(extra);
        return new LocalPreparation(azurite);
    }

    public async ValueTask DisposeAsync()
    {
        if (Azurite is not null)
        {
            await Azurite.DisposeAsync();
        }
    }

    /// <summary>The first address the host listens on, as people should type it.</summary>
    private static string ListeningAddress(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:7071";
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return first.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
    }
}
