using System.Security.Cryptography;
using Intake.Core.Gateway;
using Intake.Core.Records;
using Intake.Core.Submissions;
using Intake.Local.Hosting;
using Intake.Local.Outbox;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Fault.Tests;

/// <summary>
/// One installation for a fault test: settings shared by the host processes it starts and kills,
/// and the same services in the test process (not started: no worker here) to submit work and
/// read the results from storage.
/// </summary>
internal sealed class FaultHost : IAsyncDisposable
{
    private readonly WebApplication services;

    private FaultHost(IReadOnlyDictionary<string, string> settings, WebApplication services, int port)
    {
        Settings = settings;
        this.services = services;
        Port = port;
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public int Port { get; }

    public IntakeService Intake => services.Services.GetRequiredService<IntakeService>();

    public IRequestGateway Gateway => services.Services.GetRequiredService<IRequestGateway>();

    public IOutbox Outbox => services.Services.GetRequiredService<IOutbox>();

    public IRequestRecords Store => services.Services.GetRequiredService<IRequestRecords>();

    public static Task<FaultHost> CreateAsync(AzuriteFixture azurite, IDictionary<string, string>? extra = null) =>
        CreateAsync(azurite.ConnectionString, extra);

    public static async Task<FaultHost> CreateAsync(string connectionString, IDictionary<string, string>? extra = null)
    {
        var prefix = StoragePrefix.New('f');
        var folder = Path.Combine(Path.GetTempPath(), "intake-fault-" + prefix);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Storage"] = connectionString,
            // Fault tests post from one address at a rate no person would.
            ["Web:PostsPerMinute"] = "100000",
            ["Web:RequestsPerAddressPerHour"] = "100000",
            ["Storage:Prefix"] = prefix,
            ["Tokens:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Intake:DataPath"] = folder,
            ["Intake:SampleData:Folder"] = Path.Combine(folder, "sample"),
            ["Engine:MaxQueuePollingMilliseconds"] = "100",
            ["Process:EffectRetrySeconds"] = "0.5",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var port = LocalHostProcess.FreePort();
        var builder = LocalApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)));
        builder.Configuration["Intake:PublicBaseUrl"] = $"http://127.0.0.1:{port}/";
        await using (await LocalPreparation.RunAsync(builder, TextWriter.Null))
        {
            // Storage is the fixture's; nothing was started here.
        }

        var app = LocalApp.Build(builder);
        await app.Services.GetRequiredService<StorageReadiness>().StartAsync(CancellationToken.None);
        return new FaultHost(settings, app, port);
    }

    public Task<LocalHostProcess> StartProcessAsync() => LocalHostProcess.StartAsync(Port, Settings);

    /// <summary>How many mails the outbox holds, counted from keys only (fast enough to poll while the host races on).</summary>
    public async Task<int> MailCountAsync()
    {
        var clients = services.Services.GetRequiredService<Intake.Adapters.Storage.StorageClients>();
        var table = clients.Table(clients.Options.OutboxTable);
        var count = 0;
        await foreach (var _ in table.QueryAsync<global::Azure.Data.Tables.TableEntity>("PartitionKey eq 'mail' and RowKey ge 'mail-' and RowKey lt 'mail.'", select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every outbox mail, newest first.</summary>
    public async Task<List<OutboxMail>> AllMailAsync()
    {
        var all = new List<OutboxMail>();
        string? token = null;
        do
        {
            var page = await Outbox.ListAsync(200, token);
            all.AddRange(page.Mails);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
