using Azure.Data.Tables;
using Intake.Local.SampleData;
using Intake.Core.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableConnectorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;

    public async Task InitializeAsync() => world = await SampleWorld.CreateAsync(azurite);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Theory]
    [InlineData("Maija.Meikalainen@example.com", null)]
    [InlineData("nobody@example.com", SamplePerson.Phone)]
    public async Task Entity_is_found_by_email_or_phone(string email, string? phone)
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(world.Job("clewer", "contests", SourceAction.Export, request, new PersonKeys(email, null, phone)));

        Assert.Equal(SourceOutcome.Exported, receipt.Outcome);
        var row = Assert.Single(await (await world.Evidence.ReadRowsAsync(request, "contests"))!.ReadAsync().ToListAsync());
        Assert.Equal("Lämpöpumppu säästää energiaa", row.Get("Answer"));
        Assert.Null(row.Get("odata.etag"));
    }

    [Fact]
    public async Task Entity_is_found_by_customer_number()
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(world.Job("clewer", "marketing-consents", SourceAction.Export, request, new PersonKeys("old.address@example.com", SamplePerson.CustomerNumber, null)));

        Assert.Equal(1, receipt.RowsFound);
        var row = Assert.Single(await (await world.Evidence.ReadRowsAsync(request, "marketing-consents"))!.ReadAsync().ToListAsync());
        Assert.Equal(SamplePerson.Email, row.Get("Email"));
    }

    [Fact]
    public async Task Erasure_deletes_a_non_winners_entry()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clewer", "contests", SourceAction.Erase, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
        Assert.False((await world.Table("clewercontests").GetEntityIfExistsAsync<TableEntity>("summer-2026", "e-0001")).HasValue);
        Assert.True((await world.Table("clewercontests").GetEntityIfExistsAsync<TableEntity>("summer-2026", "e-0002")).HasValue);
    }

    [Fact]
    public async Task Winner_awaiting_a_prize_is_kept_and_restricted_until_delivery()
    {
        var matti = new PersonKeys("matti.virtanen@example.com", null, null);

        var receipt = await world.Runner.RunAsync(world.Job("clewer", "contests", SourceAction.Erase, SampleWorld.NewRequest(), matti));

        Assert.Equal(SourceOutcome.Kept, receipt.Outcome);
        var kept = Assert.Single(receipt.Kept);
        Assert.Null(kept.KeptUntil);
        Assert.Contains("prize", kept.Ground, StringComparison.Ordinal);
        var entity = (await world.Table("clewercontests").GetEntityAsync<TableEntity>("summer-2026", "e-0002")).Value;
        Assert.True(entity.GetBoolean("Restricted"));
        Assert.Equal("Matti Virtanen", entity.GetString("Name"));
    }

    [Fact]
    public async Task Delivered_prize_no_longer_holds_the_entry()
    {
        var liisa = new PersonKeys("liisa.korhonen@example.com", null, null);

        var receipt = await world.Runner.RunAsync(world.Job("clewer", "contests", SourceAction.Erase, SampleWorld.NewRequest(), liisa));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
    }

    [Fact]
    public async Task Consent_withdrawal_turns_off_email_and_sms_marketing_only()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clewer", "marketing-consents", SourceAction.WithdrawConsent, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
        var entity = (await world.Table("clewerconsents").GetEntityAsync<TableEntity>("consent", "c-0001")).Value;
        Assert.False(entity.GetBoolean("EmailMarketing"));
        Assert.False(entity.GetBoolean("SmsMarketing"));
        Assert.True(entity.GetBoolean("Profiling"));
    }

    [Fact]
    public async Task Rectification_replaces_a_wrong_phone_number()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clewer", "contests", SourceAction.Rectify, SampleWorld.NewRequest(),
            rectification: new Rectification(SamplePerson.Phone, "+358 40 000 0999")));

        Assert.Equal(1, receipt.RowsAffected);
        var entity = (await world.Table("clewercontests").GetEntityAsync<TableEntity>("summer-2026", "e-0001")).Value;
        Assert.Equal("+358 40 000 0999", entity.GetString("Phone"));
        Assert.Equal(SamplePerson.Name, entity.GetString("Name"));
    }

    [Fact]
    public async Task Restriction_marks_the_entity()
    {
        await world.Runner.RunAsync(world.Job("clerica", "marketing-list", SourceAction.Restrict, SampleWorld.NewRequest()));

        var entity = (await world.Table("clericamarketing").GetEntityAsync<TableEntity>("newsletter", "m-0001")).Value;
        Assert.True(entity.GetBoolean("Restricted"));
        Assert.True(entity.GetBoolean("Subscribed"));
    }

    [Theory]
    [InlineData("x' or 'a' eq 'a")]
    [InlineData("maija.meikalainen@example.com' or Email ne '")]
    public async Task Filter_injection_in_a_value_matches_nothing(string email)
    {
        var receipt = await world.Runner.RunAsync(world.Job("clewer", "marketing-consents", SourceAction.Erase, SampleWorld.NewRequest(), new PersonKeys(email, null, null)));

        Assert.Equal(SourceOutcome.NotFound, receipt.Outcome);
        Assert.Equal(2, await world.Table("clewerconsents").QueryAsync<TableEntity>().CountAsync());
    }
}
