using Intake.Adapters.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class WebhookTransportTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("http://partner.example/hook", null)]
    [InlineData("http://partner.example/hook", "Development")]
    [InlineData("http://127.0.0.1:8080/hook", null)]
    [InlineData("http://localhost:8080/hook", "Production")]
    public async Task A_webhook_that_would_send_personal_data_over_plain_http_stops_the_host(string url, string? environment)
    {
        var maps = MapsWithWebhook(url);

        var error = await Assert.ThrowsAsync<DataMapException>(() => IntakeHost.StartAsync(azurite, Settings(maps, environment)));

        Assert.Contains("Webhook URLs must use https", error.Message, StringComparison.Ordinal);
        Assert.Contains("clewer: source 'partner-crm' posts to " + new Uri(url).GetLeftPart(UriPartial.Authority), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/hook", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://partner.example/hook", null)]
    [InlineData("http://127.0.0.1:8080/hook", "Development")]
    [InlineData("http://localhost:8080/hook", "Development")]
    [InlineData("http://[::1]:8080/hook", "Development")]
    public async Task Https_anywhere_and_plain_http_to_this_machine_in_development_are_accepted(string url, string? environment)
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings(MapsWithWebhook(url), environment));

        Assert.NotNull(host.Services.GetService(typeof(DataMapCatalog)));
    }

    private static Dictionary<string, string?> Settings(string maps, string? environment)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intake:DataMaps:Folder"] = maps,
            ["Intake:SigningKeys:partner"] = "a signing key long enough for the partner",
        };
        if (environment is not null)
        {
            settings["environment"] = environment;
        }

        return settings;
    }

    /// <summary>A copy of the sample maps whose Clewer map has one more source, a webhook at <paramref name="url"/>.</summary>
    private static string MapsWithWebhook(string url)
    {
        var folder = Directory.CreateTempSubdirectory("intake-webhook-maps-").FullName;
        var source = Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers");
        foreach (var file in Directory.EnumerateFiles(source, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var clewer = File.ReadAllText(Path.Combine(folder, "clewer.json"));
        var start = clewer.LastIndexOf('{', clewer.IndexOf("\"id\": \"web-analytics\"", StringComparison.Ordinal));
        var webhook = $$"""
            { "id": "partner-crm", "name": { "fi": "Kumppani", "sv": "Partner", "en": "Partner" }, "kind": "webhook",
              "categories": ["web-usage"], "purposes": ["analytics"], "webhook": { "url": "{{url}}", "signingKey": "partner" },
              "actions": { "export": {} }, "timeoutSeconds": 5, "maxAttempts": 1 },
            """;
        File.WriteAllText(Path.Combine(folder, "clewer.json"), clewer[..start] + webhook + "\n      " + clewer[start..]);
        return folder;
    }
}
