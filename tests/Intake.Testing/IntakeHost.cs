using System.Net;
using Intake.Adapters.Storage;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Local.Hosting;
using Intake.Local.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Testing;

/// <summary>
/// The real local host for a test: Kestrel on a free loopback port and the request process on the
/// Durable Task engine, over the fixture's Azurite, with its own storage prefix (so its own task hub)
/// and sample data, fast polling, and the outbox to read mail from.
/// </summary>
public sealed class IntakeHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private IntakeHost(WebApplication app, Uri baseAddress, string folder)
    {
        this.app = app;
        this.folder = folder;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>A client that keeps cookies (antiforgery) and does not follow redirects.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public IRequestGateway Gateway => Services.GetRequiredService<IRequestGateway>();

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    /// <summary>
    /// Starts a host; <paramref name="settings"/> override the test defaults, and <paramref name="replace"/>
    /// puts stand-ins where the outside world would be (a failing data source, say).
    /// </summary>
    public static async Task<IntakeHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? replace = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var prefix = StoragePrefix.New('h');
        var folder = Path.Combine(Path.GetTempPath(), "intake-host-" + prefix);
        // An environment among the settings is the host's own, as --environment gives it.
        var builder = LocalApp.CreateBuilder(settings is not null && settings.TryGetValue("environment", out var environment) && environment is not null ? ["--environment", environment] : []);
        // A known port, so mailed links (built before the server starts) point at this host.
        var port = FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = azurite.ConnectionString,
            ["Intake:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Storage:Prefix"] = prefix,
            ["Intake:DataPath"] = folder,
            ["Intake:SampleData:Folder"] = Path.Combine(folder, "sample"),
            // Tests wait on the engine all the time: poll idle queues often, retry effects soon.
            ["Engine:MaxQueuePollingMilliseconds"] = "100",
            ["Process:EffectRetrySeconds"] = "0.5",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(defaults);
        await using (await LocalPreparation.RunAsync(builder, TextWriter.Null))
        {
            // Storage is external here, so preparation started no Azurite and there is nothing to stop.
        }

        // A test host whose storage was cut must not hold the suite up for the default 30 s at stop.
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = LocalApp.Build(builder, replace);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return new IntakeHost(app, baseAddress, folder);
    }

    /// <summary>Waits until a mail to <paramref name="to"/> whose subject or kind matches arrives, or fails after <paramref name="timeout"/>.</summary>
    public async Task<OutboxMail> WaitForMailAsync(string to, Func<OutboxMail, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until)
        {
            var page = await Outbox.ListAsync(100, null, to);
            var found = page.Mails.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No matching mail to {to} within the timeout.");
    }

    /// <summary>
    /// Waits until the published record reaches <paramref name="stage"/>: a command is decided
    /// before its step's record is published, so a read right after an accepted command may still
    /// see the stage before it.
    /// </summary>
    public Task<RequestState> WaitForStageAsync(RequestId id, Stage stage, TimeSpan? timeout = null) =>
        WaitUntilAsync(id, state => state.Stage == stage, $"reaching {stage}", timeout);

    /// <summary>Waits until the published record satisfies <paramref name="condition"/> (see <see cref="WaitForStageAsync"/> for why a read may trail).</summary>
    public async Task<RequestState> WaitUntilAsync(RequestId id, Func<RequestState, bool> condition, string described, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        RequestState? state = null;
        while (DateTime.UtcNow < until)
        {
            state = await Gateway.FindAsync(id);
            if (state is not null && condition(state))
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The request stayed {state?.Stage} instead of {described}.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by SQLite's pool; the temp folder is cleaned by the system.
        }
    }
}
