using System.Net;
using System.Net.Http.Json;
using Intake.Local.Azurite;
using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Testing;

namespace Intake.Fault.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private const int PerPhase = 10;

    [Fact]
    public async Task Submissions_during_a_storage_outage_get_503_with_Retry_After_and_everything_completes_after()
    {
        var data = Path.Combine(Path.GetTempPath(), "intake-outage-" + Guid.NewGuid().ToString("N"));
        var storage = await AzuriteProcess.StartAsync(new AzuriteOptions { DataPath = data });
        var ports = new AzuriteOptions { DataPath = data, BlobPort = storage.BlobPort, QueuePort = storage.QueuePort, TablePort = storage.TablePort };
        try
        {
            await using var faults = await FaultHost.CreateAsync(storage.ConnectionString);
            await using var host = await faults.StartProcessAsync();
            using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

            var before = await Task.WhenAll(Enumerable.Range(0, PerPhase).Select(i => SubmitAsync(client, $"before-{i}")));
            Assert.All(before, r => Assert.Equal(HttpStatusCode.Accepted, r.Status));

            await storage.StopAsync();
            var outage = System.Diagnostics.Stopwatch.StartNew();
            var during = await Task.WhenAll(Enumerable.Range(0, PerPhase).Select(i => SubmitAsync(client, $"during-{i}")));
            foreach (var answer in during)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
                Assert.True(answer.RetryAfter > TimeSpan.Zero, "503 without Retry-After");
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("healthz")).StatusCode);
            output.WriteLine($"during the outage: {during.Length} submissions answered 503 with Retry-After");

            // Storage stays away for ten seconds while the host keeps working on what it accepted before.
            var rest = TimeSpan.FromSeconds(10) - outage.Elapsed;
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }

            storage = await AzuriteProcess.StartAsync(ports);
            await WaitUntilHealthyAsync(client);

            // The client retries what was refused, with the same Idempotency-Key.
            var retried = await Task.WhenAll(Enumerable.Range(0, PerPhase).Select(i => SubmitAsync(client, $"during-{i}")));
            Assert.All(retried, r => Assert.Equal(HttpStatusCode.Accepted, r.Status));

            var references = before.Concat(retried).Select(r => RequestId.Parse(r.Reference!)).ToList();
            Assert.Equal(2 * PerPhase, references.Distinct().Count());
            var until = DateTime.UtcNow.AddSeconds(90);
            foreach (var id in references)
            {
                while (true)
                {
                    var mail = await faults.AllMailAsync();
                    var state = await faults.Gateway.FindAsync(id);
                    if (state?.Stage == Stage.AwaitingVerification && mail.Any(m => m.Reference == id.Value))
                    {
                        break;
                    }

                    Assert.True(DateTime.UtcNow < until, $"{id} did not complete after the outage");
                    await Task.Delay(250);
                }

                Assert.True(AuditChain.Verify(await faults.Store.AuditTrailAsync(id)).IsIntact);
            }

            var all = await faults.AllMailAsync();
            Assert.Equal(2 * PerPhase, all.Count);
        }
        finally
        {
            await storage.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temp cleaning.
            }
        }
    }

    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, string? Reference)> SubmitAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/requests")
        {
            Content = JsonContent.Create(new
            {
                type = "access",
                controller = "clewer",
                language = "en",
                subject = new { name = $"Person {key}", email = $"{key}@example.com" },
                details = new { text = "Please send me my data." },
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        string? reference = null;
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            reference = body.GetProperty("reference").GetString();
        }

        return (response.StatusCode, response.Headers.RetryAfter?.Delta, reference);
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("healthz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, "the host did not see storage come back");
            await Task.Delay(200);
        }
    }
}
