using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intake.Adapters.Hosting;
using Intake.Adapters.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Integration.Tests.Storage;

/// <summary>
/// The storage clients come from AddAzureClients: a connection string (Azurite, or an account with
/// a key) is used as given; an account name is reached at its endpoints with the managed identity;
/// every client gets the product's retry policy. No request is sent.
/// </summary>
public sealed class StorageClientRegistrationTests
{
    [Fact]
    public void A_connection_string_is_used_as_given_and_the_clients_are_the_ones_registered()
    {
        using var provider = Build(new() { ["ConnectionStrings:Storage"] = "UseDevelopmentStorage=true" });
        var clients = provider.GetRequiredService<StorageClients>();

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), clients.Tables.Uri);
        Assert.True(clients.UsesAccountKey);
        Assert.Same(provider.GetRequiredService<TableServiceClient>(), clients.Tables);
        Assert.Same(provider.GetRequiredService<BlobServiceClient>(), clients.Blobs);
        Assert.Same(provider.GetRequiredService<QueueServiceClient>(), clients.Queues);
    }

    [Theory]
    [InlineData("Storage:AccountName", "intakeprod")]
    [InlineData("AzureWebJobsStorage:accountName", "intakeprod")]
    public void An_account_name_is_reached_at_its_endpoints_with_the_managed_identity(string key, string account)
    {
        using var provider = Build(new() { [key] = account, ["Storage:ClientId"] = Guid.NewGuid().ToString(), ["AzureWebJobsStorage"] = null });
        var clients = provider.GetRequiredService<StorageClients>();

        Assert.Equal(new Uri($"https://{account}.table.core.windows.net/"), clients.Tables.Uri);
        Assert.Equal(new Uri($"https://{account}.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Equal(new Uri($"https://{account}.queue.core.windows.net/"), clients.Queues.Uri);
        Assert.False(clients.UsesAccountKey);
    }

    [Fact]
    public void The_storage_connection_string_wins_over_an_account_name()
    {
        using var provider = Build(new() { ["ConnectionStrings:Storage"] = "UseDevelopmentStorage=true", ["Storage:AccountName"] = "intakeprod" });

        Assert.Equal("127.0.0.1", provider.GetRequiredService<BlobServiceClient>().Uri.Host);
    }

    [Fact]
    public void Every_client_gets_the_products_retry_policy()
    {
        using var provider = Build(new() { ["ConnectionStrings:Storage"] = "UseDevelopmentStorage=true" });

        var options = provider.GetRequiredService<IOptionsMonitor<BlobClientOptions>>().Get("Default");

        Assert.Equal(Azure.Core.RetryMode.Exponential, options.Retry.Mode);
        Assert.Equal(3, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(15), options.Retry.NetworkTimeout);
    }

    [Fact]
    public void Without_any_storage_the_start_stops_saying_what_to_set()
    {
        using var provider = Build([]);

        var error = Assert.Throws<InvalidSettingsException>(() => SettingsCheck.ThrowIfInvalid(provider));

        Assert.Equal(["No storage configured: set ConnectionStrings:Storage (or AzureWebJobsStorage), or Storage:AccountName for managed identity."], error.Failures);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddIntakeStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
