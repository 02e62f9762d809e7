using System.Net;
using System.Net.Sockets;
using Intake.Bench.Harness;
using Intake.Local.Hosting;
using Intake.Local.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// The real local host (<see cref="LocalApp"/>: Kestrel, the request process on the Durable Task
/// Framework with its default polling) in this process on a loopback port, over the run's
/// Azurite under a prefix of its own. Only the rate limits for one client address and one email
/// address are turned off: a benchmark is one address sending as fast as it can.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private BenchHost(WebApplication app, Uri baseAddress, string folder, string prefix)
    {
        this.app = app;
        this.folder = folder;
        BaseAddress = baseAddress;
        Prefix = prefix;
    }

    public Uri BaseAddress { get; }

    public string Prefix { get; }

    public IServiceProvider Services => app.Services;

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    /// <param name="replace">Stand-ins for the outside world (a data source of known speed).</param>
    public static async Task<BenchHost> StartAsync(BenchStorage storage, Action<IServiceCollection>? replace = null, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var prefix = storage.NewPrefix("host");
        var folder = Directory.CreateTempSubdirectory("intake-bench-host-").FullName;
        var port = FreePort();
        var builder = LocalApp.CreateBuilder([]);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = storage.ConnectionString,
            ["Storage:Prefix"] = prefix,
            ["Intake:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Intake:DataPath"] = folder,
            ["Intake:SampleData:Folder"] = Path.Combine(folder, "sample"),
            ["Web:PostsPerMinute"] = "0",
            ["Web:RequestsPerAddressPerHour"] = "0",
            ["Logging:LogLevel:Default"] = "Error",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        await using (await LocalPreparation.RunAsync(builder, TextWriter.Null))
        {
            // Storage is given, so preparation started no Azurite of its own.
        }

        var app = LocalApp.Build(builder, replace);
        await app.StartAsync();
        return new BenchHost(app, new Uri($"http://127.0.0.1:{port}/"), folder, prefix);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still open in a pool; the temp folder is the system's to clean.
        }
    }
}
