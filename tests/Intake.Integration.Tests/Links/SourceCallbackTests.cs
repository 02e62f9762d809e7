using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Core.Records;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Sources;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Links;

/// <summary>
/// A Clewer map with one more source, another system reached by webhook that answers 202 and posts
/// its receipt later to <c>/callbacks/sources</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SourceCallbackTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string SourceId = "crm-remote";
    private const string KeyName = "crm-remote-key";
    private const string Key = "callback-test-signing-key-0123456789";

    private readonly string maps = Path.Combine(Path.GetTempPath(), "intake-callback-maps-" + Guid.NewGuid().ToString("N"));
    private FakeWebhookServer remote = null!;

    public async Task InitializeAsync()
    {
        remote = await FakeWebhookServer.StartAsync();
        remote.Answer = _ => (202, string.Empty);
        Directory.CreateDirectory(maps);
        var config = Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers");
        File.Copy(Path.Combine(config, "clerica.json"), Path.Combine(maps, "clerica.json"));
        var clewer = await File.ReadAllTextAsync(Path.Combine(config, "clewer.json"));
        var anchor = clewer.IndexOf("\"id\": \"web-analytics\"", StringComparison.Ordinal);
        var start = clewer.LastIndexOf('{', anchor);
        var source = $$"""
            { "id": "{{SourceId}}", "name": { "fi": "Etä-CRM", "sv": "Fjärr-CRM", "en": "Remote CRM" }, "kind": "webhook",
              "categories": ["web-usage"], "purposes": ["analytics"], "webhook": { "url": "{{remote.Url}}", "signingKey": "{{KeyName}}" },
              "actions": { "export": {}, "erase": { "method": "delete-rows" } }, "timeoutSeconds": 5, "maxAttempts": 1 },
            """;
        await File.WriteAllTextAsync(Path.Combine(maps, "clewer.json"), clewer[..start] + source + "\n      " + clewer[start..]);
    }

    public async Task DisposeAsync()
    {
        await remote.DisposeAsync();
        Directory.Delete(maps, recursive: true);
    }

    [Fact]
    public async Task A_signed_receipt_finishes_the_source_stores_its_rows_and_is_recorded_as_the_source()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        var body = Receipt("exported", 1, 1, """[{ "email": "maija.meikalainen@example.com", "plan": "gold" }]""");

        var response = await PostAsync(host, token, body, Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = await flow.WaitForTaskAsync(id, SourceId, SourceTaskStatus.Finished);
        Assert.Equal(SourceOutcome.Exported, task.Receipt!.Outcome);
        Assert.Equal($"{id.Value}/rows/{SourceId}.jsonl", task.Receipt.EvidenceBlob);
        var evidence = host.Storage.Container(host.Storage.Options.EvidenceContainer);
        var rows = (await evidence.GetBlobClient(task.Receipt.EvidenceBlob).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"plan\":\"gold\"", rows, StringComparison.Ordinal);
        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Contains(trail, record => record.EventName == "source-task-finished" && record.Actor == "source:" + SourceId);
    }

    [Fact]
    public async Task The_same_receipt_posted_again_is_a_conflict_and_changes_nothing()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        var body = Receipt("notFound", 0, 0, "null");
        var signature = Sign(body);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, token, body, signature)).StatusCode);
        var version = (await flow.StateAsync(id)).Version;

        var replay = await PostAsync(host, token, body, signature);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        Assert.Equal(version, (await flow.StateAsync(id)).Version);
    }

    [Fact]
    public async Task A_bad_signature_a_stale_timestamp_or_a_foreign_token_is_401_and_records_nothing()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        var body = Receipt("notFound", 0, 0, "null");
        var stale = WebhookSignature.Timestamp(DateTimeOffset.UtcNow.AddMinutes(-10));

        var forged = await PostAsync(host, token, body, (WebhookSignature.Timestamp(DateTimeOffset.UtcNow), "sha256=" + new string('0', 64)));
        var late = await PostAsync(host, token, body, (stale, WebhookSignature.Compute(Encoding.UTF8.GetBytes(Key), stale, body)));
        var otherKey = WebhookCallbackToken.Create(Encoding.UTF8.GetBytes("some-other-key-that-is-long-enough"), new WebhookCallbackClaims(id, SourceId, SourceAction.Export, DateTimeOffset.UtcNow.AddDays(1)));
        var foreign = await PostAsync(host, otherKey, body, Sign(body));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal(SourceTaskStatus.AwaitingCallback, (await flow.StateAsync(id)).Tasks[SourceId].Status);
    }

    [Fact]
    public async Task A_re_encoded_callback_token_is_401_and_records_nothing()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        var body = Receipt("notFound", 0, 0, "null");

        // The MAC's 43 characters padded with '=': the same bytes to a lenient decoder, another string.
        var padded = await PostAsync(host, token + "=", body, Sign(body));

        Assert.Equal(HttpStatusCode.Unauthorized, padded.StatusCode);
        Assert.Equal(SourceTaskStatus.AwaitingCallback, (await flow.StateAsync(id)).Tasks[SourceId].Status);
    }

    [Fact]
    public async Task A_revoked_callback_token_is_401_like_a_forged_one_and_records_nothing()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        Assert.True(WebhookCallbackToken.TryRead(Encoding.UTF8.GetBytes(Key), token, DateTimeOffset.UtcNow, out var claims));
        await host.Services.GetRequiredService<ITokenRevocations>().RevokeAsync(claims!.Id, DateTimeOffset.UtcNow, claims.ExpiresAt);
        var body = Receipt("notFound", 0, 0, "null");

        var revoked = await PostAsync(host, token, body, Sign(body));

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("Invalid callback token", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SourceTaskStatus.AwaitingCallback, (await flow.StateAsync(id)).Tasks[SourceId].Status);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_final_receipt_is_400()
    {
        await using var host = await StartAsync();
        var (flow, id, token) = await AwaitingCallbackAsync(host);
        var body = Receipt("awaitingCallback", 0, 0, "null");

        var response = await PostAsync(host, token, body, Sign(body), inPath: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SourceTaskStatus.AwaitingCallback, (await flow.StateAsync(id)).Tasks[SourceId].Status);
    }

    private async Task<IntakeHost> StartAsync() => await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
    {
        ["Intake:DataMaps:Folder"] = maps,
        ["Intake:SigningKeys:" + KeyName] = Key,
        // The other system runs on this machine over plain http: allowed in Development only.
        ["environment"] = "Development",
        // Where the other system is told to post; the test posts to the host itself with the token.
        ["Intake:Sources:CallbackUri"] = "http://callbacks.invalid/callbacks/sources",
    });

    /// <summary>An approved Clewer request whose remote source accepted the job, and the callback token it was given.</summary>
    private async Task<(LinkFlow Flow, RequestId Id, string Token)> AwaitingCallbackAsync(IntakeHost host)
    {
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        await flow.ApproveAsync(id);
        await flow.WaitForTaskAsync(id, SourceId, SourceTaskStatus.AwaitingCallback);
        var job = remote.Calls.Select(call => JsonDocument.Parse(call.Body).RootElement).Last(body => body.GetProperty("requestId").GetString() == id.Value);
        var callback = new Uri(job.GetProperty("callbackUrl").GetString()!);
        return (flow, id, Uri.UnescapeDataString(callback.Query["?token=".Length..]));
    }

    private static byte[] Receipt(string outcome, int found, int affected, string rows) =>
        Encoding.UTF8.GetBytes($$"""{ "outcome": "{{outcome}}", "rowsFound": {{found}}, "rowsAffected": {{affected}}, "kept": [], "note": null, "rows": {{rows}} }""");

    private static (string Timestamp, string Signature) Sign(byte[] body)
    {
        var timestamp = WebhookSignature.Timestamp(DateTimeOffset.UtcNow);
        return (timestamp, WebhookSignature.Compute(Encoding.UTF8.GetBytes(Key), timestamp, body));
    }

    private static async Task<HttpResponseMessage> PostAsync(IntakeHost host, string token, byte[] body, (string Timestamp, string Signature) signed, bool inPath = false)
    {
        var path = inPath ? "callbacks/sources/" + token : "callbacks/sources?token=" + Uri.EscapeDataString(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, path)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, signed.Timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, signed.Signature);
        return await host.Client.SendAsync(request);
    }
}
