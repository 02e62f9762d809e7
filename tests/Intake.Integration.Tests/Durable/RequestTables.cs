using Azure.Data.Tables;
using Intake.Azure.Engine;
using Intake.Testing;

namespace Intake.Integration.Tests.Durable;

/// <summary>A fresh requests table on the shared Azurite for each test, so tests never see each other's rows.</summary>
internal static class RequestTables
{
    public static async Task<TableRequestStore> NewStoreAsync(AzuriteFixture azurite)
    {
        var table = new TableClient(azurite.ConnectionString, "durable" + Guid.NewGuid().ToString("N")[..20]);
        await table.CreateIfNotExistsAsync();
        return new TableRequestStore(table);
    }
}
