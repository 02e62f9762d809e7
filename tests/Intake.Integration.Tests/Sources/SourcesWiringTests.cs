using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Adapters.Export;
using Intake.Adapters.Recipients;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Core.Notifications;
using Intake.Core.Sources;
using Intake.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SourcesWiringTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Host_wiring_runs_a_sample_job_end_to_end()
    {
        var folder = Directory.CreateTempSubdirectory("intake-wiring-");
        await SampleDataGenerator.CreateAsync(folder.FullName, azurite.ConnectionString);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(SampleDataGenerator.Configuration(folder.FullName, azurite.ConnectionString))
            .AddInMemoryCollection([
                new(DataMapCatalog.FolderKey, Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers")),
                new("Intake:Evidence:ContainerName", "evidence-wiring"),
                new("Intake:Sources:RetryDelay", "00:00:00.050"),
            ])
            .Build();
        var services = new ServiceCollection()
            .AddSingleton(new BlobServiceClient(azurite.ConnectionString))
            .AddSingleton(new TableServiceClient(azurite.ConnectionString))
            .AddSingleton(Mock.Of<IMailSender>())
            .AddIntakeSources(configuration);
        await using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<DataMapCatalog>();
        var map = catalog.Get(new Intake.Core.DataControllers.ControllerId("clerica"));

        var receipt = await provider.GetRequiredService<SourceTaskRunner>().RunAsync(
            new SourceJob(SampleWorld.NewRequest(), map.Controller.Id, map.FindSource("crm-customers")!, SourceAction.Export, SampleWorld.Maija, null, SamplePerson.Today));

        Assert.Equal(SourceOutcome.Exported, receipt.Outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(50), provider.GetRequiredService<ConnectorOptions>().RetryDelay);
        Assert.NotNull(provider.GetRequiredService<ExportAssembler>());
        Assert.NotNull(provider.GetRequiredService<RecipientNotifier>());
        Assert.Equal(5, provider.GetServices<IDataSourceConnector>().Count());
        Assert.Empty(catalog.MissingSecrets(provider.GetRequiredService<SourceSecrets>()));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
