using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Adapters.Evidence;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Adapters.Suppression;
using Intake.Core.DataControllers;
using Intake.Core.DataMaps;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Intake.Integration.Tests.Sources;

/// <summary>
/// The sample controllers with their fake data, private to one test: SQLite files in a temp
/// folder, Azure tables and the evidence container under names of its own in the shared Azurite,
/// and the real data maps from config/controllers with those table names.
/// </summary>
internal sealed class SampleWorld : IAsyncDisposable
{
    public const string WebhookKeyName = "test-webhook";
    public const string WebhookKey = "integration-test-signing-key-32b";

    private SampleWorld(string folder, string suffix, AzuriteFixture azurite, IConfiguration configuration, DataMapCatalog catalog)
    {
        Folder = folder;
        Suffix = suffix;
        Configuration = configuration;
        Catalog = catalog;
        Blobs = new BlobServiceClient(azurite.ConnectionString);
        Tables = new TableServiceClient(azurite.ConnectionString);
        Evidence = new BlobEvidenceStore(Blobs, new EvidenceOptions { ContainerName = "evidence" + suffix });
        Suppression = new SuppressionList(Tables, TimeProvider.System, "suppression" + suffix);
        Secrets = new SourceSecrets(configuration);
        Http = new HttpClient();
        Options = new ConnectorOptions { RetryDelay = TimeSpan.FromMilliseconds(20) };
        Connectors =
        [
            new SqliteConnector(Secrets),
            new AzureTableConnector(Secrets),
            new PostgresConnector(Secrets),
            new WebhookConnector(Http, Secrets, Options, TimeProvider.System),
            new ManualConnector(),
        ];
        Runner = new SourceTaskRunner(Catalog, Connectors, Evidence, Suppression, Options);
    }

    public static PersonKeys Maija { get; } = new(SamplePerson.Email, SamplePerson.CustomerNumber, SamplePerson.Phone);

    public string Folder { get; }

    public string Suffix { get; }

    public IConfiguration Configuration { get; }

    public DataMapCatalog Catalog { get; }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public BlobEvidenceStore Evidence { get; }

    public SuppressionList Suppression { get; }

    public SourceSecrets Secrets { get; }

    public HttpClient Http { get; }

    public ConnectorOptions Options { get; }

    public IReadOnlyList<IDataSourceConnector> Connectors { get; }

    public SourceTaskRunner Runner { get; }

    public static async Task<SampleWorld> CreateAsync(AzuriteFixture azurite, IEnumerable<KeyValuePair<string, string?>>? extraConfiguration = null)
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var folder = Path.Combine(Path.GetTempPath(), "intake-sources-" + suffix);
        await SampleDataGenerator.CreateAsync(folder, azurite.ConnectionString, name => name + suffix);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(SampleDataGenerator.Configuration(folder, azurite.ConnectionString))
            .AddInMemoryCollection([new(SourceSecrets.SigningKeysSection + ":" + WebhookKeyName, WebhookKey)])
            .AddInMemoryCollection(extraConfiguration ?? [])
            .Build();
        var loaded = DataMapCatalog.LoadFolder(Path.Combine(RepositoryRoot(), "config", "controllers"));
        var catalog = DataMapCatalog.From(loaded.Maps.Select(map => map with
        {
            Sources = map.Sources.Select(s => s.Kind == SourceKind.AzureTable ? s with { Table = s.Table + suffix } : s).ToList(),
        }));
        return new SampleWorld(folder, suffix, azurite, configuration, catalog);
    }

    public static RequestId NewRequest() => RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "config", "controllers")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("config/controllers was not found above the test folder.");
    }

    public DataMap Map(string controller) => Catalog.Get(new ControllerId(controller));

    public SourceDefinition Source(string controller, string sourceId) => Map(controller).FindSource(sourceId)!;

    /// <summary>A job as the process would emit it, with the map's retention rules and the sample day.</summary>
    public SourceJob Job(string controller, string sourceId, SourceAction action, RequestId request, PersonKeys? person = null, Rectification? rectification = null)
    {
        var map = Map(controller);
        var source = map.FindSource(sourceId) ?? throw new ArgumentException("No source " + sourceId, nameof(sourceId));
        return new SourceJob(request, map.Controller.Id, source, action, person ?? Maija, rectification, SamplePerson.Today)
        {
            Language = Language.En,
            RetentionRules = map.RulesFor(source),
        };
    }

    /// <summary>A copy of Clerica's CRM source reached as another system at <paramref name="url"/>.</summary>
    public SourceDefinition WebhookSource(string id, Uri url, TimeSpan timeout, int attempts) =>
        Source("clerica", "crm-customers") with
        {
            Id = id,
            Kind = SourceKind.Webhook,
            Connection = null,
            Table = null,
            Webhook = new WebhookEndpoint(url, WebhookKeyName),
            Timeout = timeout,
            MaxAttempts = attempts,
        };

    public TableClient Table(string name) => Tables.GetTableClient(name + Suffix);

    public SqliteConnection OpenSqlite(string connectionName)
    {
        var connection = new SqliteConnection(Configuration.GetConnectionString(connectionName));
        connection.Open();
        return connection;
    }

    public long Count(string connectionName, string sql)
    {
        using var connection = OpenSqlite(connectionName);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread is left for the OS to clean up.
        }

        await Evidence.Container.DeleteIfExistsAsync();
    }
}
