using Azure.Data.Tables;
using Intake.Adapters.Suppression;
using Intake.Core.DataControllers;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SuppressionListTests(AzuriteFixture azurite)
{
    private static readonly ControllerId Clewer = new("clewer");

    [Fact]
    public async Task Suppressed_address_is_recognised_however_it_is_typed_and_only_for_its_controller()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var list = new SuppressionList(service, TimeProvider.System, "suppression" + Guid.NewGuid().ToString("N")[..8]);

        await list.AddAsync(Clewer, "Maija.Meikalainen@example.com");
        await list.AddAsync(Clewer, "maija.meikalainen@example.com ");

        Assert.True(await list.ContainsAsync(Clewer, "MAIJA.MEIKALAINEN@EXAMPLE.COM"));
        Assert.False(await list.ContainsAsync(new ControllerId("clerica"), "maija.meikalainen@example.com"));
        Assert.False(await list.ContainsAsync(Clewer, "matti.virtanen@example.com"));
    }

    [Fact]
    public async Task Stored_entry_holds_no_plain_address()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var name = "suppression" + Guid.NewGuid().ToString("N")[..8];
        var list = new SuppressionList(service, TimeProvider.System, name);

        await list.AddAsync(Clewer, "maija.meikalainen@example.com");

        var entity = Assert.Single(await service.GetTableClient(name).QueryAsync<TableEntity>().ToListAsync());
        Assert.DoesNotContain(entity, p => p.Value?.ToString()?.Contains("maija", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain("maija", entity.RowKey, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("clewer", entity.PartitionKey);
    }
}
