using Intake.Local.Azurite;
using Intake.Adapters.Storage;

namespace Intake.Bench.Harness;

/// <summary>
/// The one Azurite every figure and its baseline run against, started for the run with its data
/// on disk (as the local host keeps it; the export sizes would not fit Node's heap in memory) and
/// removed at the end. Each benchmark takes its own name prefix so none reads another's rows.
/// </summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private readonly string folder;
    private int prefixes;

    private BenchStorage(AzuriteProcess azurite, string folder)
    {
        Azurite = azurite;
        this.folder = folder;
    }

    public AzuriteProcess Azurite { get; }

    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>The Azurite ports: calls to them are storage round trips.</summary>
    public IReadOnlySet<int> Ports => new HashSet<int> { Azurite.BlobPort, Azurite.QueuePort, Azurite.TablePort };

    public static async Task<BenchStorage> StartAsync(string toolsPath)
    {
        var folder = Directory.CreateTempSubdirectory("intake-bench-azurite-").FullName;
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { ToolsPath = toolsPath, DataPath = folder, InMemory = false });
        return new BenchStorage(azurite, folder);
    }

    /// <summary>A fresh prefix of lowercase letters (storage names allow nothing else).</summary>
    public string NewPrefix(string purpose)
    {
        var number = Interlocked.Increment(ref prefixes);
        var letters = new string(number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + (c - '0'))).ToArray());
        return "bench" + purpose + letters;
    }

    /// <summary>Clients for every Intake table, queue and container under a new prefix, created.</summary>
    public async Task<StorageClients> CreateClientsAsync(string purpose)
    {
        var clients = StorageClients.Create(new StorageOptions { ConnectionString = ConnectionString, Prefix = NewPrefix(purpose) });
        await clients.EnsureCreatedAsync();
        return clients;
    }

    public async ValueTask DisposeAsync()
    {
        await Azurite.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file Azurite still held; the temp folder is the system's to clean.
        }
    }
}
