using System.Text;
using System.Text.Json;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class WebhookConnectorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(SampleWorld.WebhookKey);

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
    public async Task Signed_job_is_posted_and_a_200_receipt_with_rows_becomes_the_export()
    {
        server.Answer = _ => (200, """{"outcome":"exported","rowsFound":1,"rowsAffected":1,"rows":[{"clientId":"GA1.2.345","visits":12,"colleague":"Liisa Korhonen"}]}""");
        var request = SampleWorld.NewRequest();
        var job = Job(SourceAction.Export, request) with { Source = WebhookSource() with { OthersDataColumns = ["colleague"] } };

        var receipt = await world.Runner.RunAsync(job);

        Assert.Equal(SourceOutcome.Exported, receipt.Outcome);
        var call = Assert.Single(server.Calls);
        Assert.True(WebhookSignature.Verify(Key, call.Timestamp, call.Body, call.Signature, DateTimeOffset.UtcNow));
        using var sent = JsonDocument.Parse(call.Body);
        Assert.Equal(request.Value, sent.RootElement.GetProperty("requestId").GetString());
        Assert.Equal("export", sent.RootElement.GetProperty("action").GetString());
        Assert.Equal("maija.meikalainen@example.com", sent.RootElement.GetProperty("person").GetProperty("email").GetString());
        var row = Assert.Single(await (await world.Evidence.ReadRowsAsync(request, "partner-system"))!.ReadAsync().ToListAsync());
        Assert.Equal("GA1.2.345", row.Get("clientId"));
        Assert.Equal("[redacted]", row.Get("colleague"));
    }

    [Fact]
    public async Task A_202_awaits_a_callback_whose_signed_receipt_verifies()
    {
        server.Answer = _ => (202, "{}");
        world.Options.CallbackUri = new Uri("https://intake.example/sources/callback");
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(Job(SourceAction.Erase, request));

        Assert.Equal(SourceOutcome.AwaitingCallback, receipt.Outcome);
        using var sent = JsonDocument.Parse(Assert.Single(server.Calls).Body);
        var callback = new Uri(sent.RootElement.GetProperty("callbackUrl").GetString()!);
        var token = Uri.UnescapeDataString(callback.Query["?token=".Length..]);
        var body = Encoding.UTF8.GetBytes("""{"outcome":"applied","rowsFound":4,"rowsAffected":4,"note":"deleted"}""");
        var postedAt = SamplePerson.Today.AddDays(3);
        var timestamp = WebhookSignature.Timestamp(postedAt);
        var verdict = WebhookCallbackVerifier.Verify(Key, token, timestamp, body, WebhookSignature.Compute(Key, timestamp, body), postedAt);
        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Equal(("partner-system", SourceAction.Erase, 4), (verdict.Receipt!.SourceId, verdict.Receipt.Action, verdict.Receipt.RowsAffected));
        Assert.Equal(request, verdict.Claims!.Request);
    }

    [Fact]
    public async Task Server_error_is_retried_then_reported_as_a_source_failure()
    {
        server.Answer = _ => (500, "{}");

        var failure = await Assert.ThrowsAsync<SourceFailedException>(() => world.Runner.RunAsync(Job(SourceAction.Erase, SampleWorld.NewRequest())));

        Assert.Equal(3, server.Calls.Count);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal("Source partner-system could not Erase after 3 attempt(s); last error: HttpRequestException: Source partner-system answered 500.", failure.Message);
    }

    [Fact]
    public async Task Receipt_that_is_not_a_final_answer_fails_the_attempt()
    {
        server.Answer = _ => (200, """{"outcome":"awaitingStaff","rowsFound":0,"rowsAffected":0}""");

        var failure = await Assert.ThrowsAsync<SourceFailedException>(() => world.Runner.RunAsync(Job(SourceAction.Export, SampleWorld.NewRequest())));

        Assert.Contains("unusable receipt", failure.Message, StringComparison.Ordinal);
    }

    private SourceJob Job(SourceAction action, Intake.Core.Requests.RequestId request) =>
        world.Job("clerica", "crm-customers", action, request) with { Source = WebhookSource() };

    private SourceDefinition WebhookSource() => world.WebhookSource("partner-system", server.Url, TimeSpan.FromSeconds(5), attempts: 3);
}
