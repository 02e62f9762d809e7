using System.Text;
using System.Text.Json;
using Intake.Adapters.Recipients;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;
using Intake.Testing;
using Moq;

namespace Intake.Integration.Tests.Erasure;

[Collection(AzuriteCollection.Name)]
public sealed class RecipientNotifierTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;
    private FakeWebhookServer server = null!;

    public async Task InitializeAsync()
    {
        world = await SampleWorld.CreateAsync(azurite);
        server = await FakeWebhookServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_recipient_gets_a_signed_notice_for_a_rectification()
    {
        var map = world.Map("clewer");
        var recipient = new RecipientDefinition("crm-partner", LocalizedText.Same("CRM Partner Oy"), RecipientKind.Webhook, null,
            new WebhookEndpoint(server.Url, SampleWorld.WebhookKeyName), ["webshop-customers"], ["contact"]);
        var catalog = DataMapCatalog.From([map with { Recipients = [recipient] }]);
        var notifier = new RecipientNotifier(catalog, Mock.Of<IMailSender>(MockBehavior.Strict), world.Http, world.Secrets, TimeProvider.System);
        var receipts = new[] { new SourceReceipt("webshop-customers", SourceAction.Rectify, SourceOutcome.Applied, 1, 1, [], null, null, SamplePerson.Today) };
        var notice = new RecipientNotice(SampleWorld.NewRequest(), map.Controller.Id, RequestType.Rectification, SampleWorld.Maija,
            new Rectification("Esimerkkikatu 1 A 2", "Esimerkkikatu 3 B 4"), receipts, "effect-7", Language.En, SamplePerson.Today);

        var told = await notifier.NotifyAsync(notice);

        Assert.Equal(["CRM Partner Oy"], told);
        var call = Assert.Single(server.Calls);
        Assert.True(WebhookSignature.Verify(Encoding.UTF8.GetBytes(SampleWorld.WebhookKey), call.Timestamp, call.Body, call.Signature, DateTimeOffset.UtcNow));
        Assert.Equal("effect-7:crm-partner", call.IdempotencyKey);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("rectification", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Esimerkkikatu 3 B 4", body.RootElement.GetProperty("rectification").GetProperty("correctValue").GetString());
    }

    [Fact]
    public async Task Recipient_of_untouched_sources_is_not_told()
    {
        var mail = new Mock<IMailSender>(MockBehavior.Strict);
        var notifier = new RecipientNotifier(world.Catalog, mail.Object, world.Http, world.Secrets, TimeProvider.System);
        var receipts = new[] { new SourceReceipt("contests", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], null, null, SamplePerson.Today) };
        var notice = new RecipientNotice(SampleWorld.NewRequest(), world.Map("clewer").Controller.Id, RequestType.Erasure, SampleWorld.Maija, null, receipts, "effect-8", Language.En, SamplePerson.Today);

        Assert.Empty(await notifier.NotifyAsync(notice));
    }

    [Fact]
    public async Task Failing_webhook_recipient_fails_the_effect_so_it_is_retried()
    {
        server.Answer = _ => (500, "{}");
        var map = world.Map("clewer");
        var recipient = new RecipientDefinition("crm-partner", LocalizedText.Same("CRM Partner Oy"), RecipientKind.Webhook, null,
            new WebhookEndpoint(server.Url, SampleWorld.WebhookKeyName), ["webshop-customers"], []);
        var notifier = new RecipientNotifier(DataMapCatalog.From([map with { Recipients = [recipient] }]), Mock.Of<IMailSender>(), world.Http, world.Secrets, TimeProvider.System);
        var receipts = new[] { new SourceReceipt("webshop-customers", SourceAction.Restrict, SourceOutcome.Applied, 1, 1, [], null, null, SamplePerson.Today) };

        await Assert.ThrowsAsync<HttpRequestException>(() => notifier.NotifyAsync(
            new RecipientNotice(SampleWorld.NewRequest(), map.Controller.Id, RequestType.Restriction, SampleWorld.Maija, null, receipts, "effect-9", Language.En, SamplePerson.Today)));
    }
}
