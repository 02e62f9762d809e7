using System.Net;
using System.Text.Json;
using Intake.Integration.Tests.Forms;
using Intake.Testing;

namespace Intake.Integration.Tests.Abuse;

/// <summary>Limits that hold when the app runs as more than one instance: the counters are in the shared storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SharedRateLimitTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_hosts_sharing_storage_enforce_one_rate_limit()
    {
        var settings = Attack.Shared(("Web:PostsPerMinute", "4"), ("Web:RequestsPerAddressPerHour", "0"));
        await using var first = await IntakeHost.StartAsync(azurite, settings);
        await using var second = await IntakeHost.StartAsync(azurite, settings);
        await Attack.StartOfWindowAsync(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(20));

        // A load balancer spreads one client's posts over both instances.
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            var host = i % 2 == 0 ? first : second;
            answers.Add(await host.Client.PostAsync("api/contact", Attack.ContactMessage($"flood{i}@example.com", $"Flood {i}")));
        }

        Assert.All(answers, answer => Assert.True((int)answer.StatusCode < 500, $"answered {(int)answer.StatusCode}"));
        Assert.Equal(4, answers.Count(answer => answer.StatusCode == HttpStatusCode.Accepted));
        var refused = answers.Where(answer => answer.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(4, refused.Count);
        foreach (var answer in refused)
        {
            Assert.InRange(answer.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            Assert.Equal("urn:intake:problem:too-many-requests", problem.RootElement.GetProperty("type").GetString());
        }

        Assert.Equal(4, await PersonWeb.RequestCountAsync(first));
    }

    [Fact]
    public async Task Flooding_the_form_from_one_address_gets_429_with_Retry_After_and_a_friendly_page()
    {
        var settings = Attack.Shared(("Web:PostsPerMinute", "3"), ("Web:RequestsPerAddressPerHour", "0"));
        await using var first = await IntakeHost.StartAsync(azurite, settings);
        await using var second = await IntakeHost.StartAsync(azurite, settings);
        var tokens = new Dictionary<IntakeHost, string>
        {
            [first] = await PersonWeb.TokenAsync(first.Client, "sv/clerica/"),
            [second] = await PersonWeb.TokenAsync(second.Client, "sv/clerica/"),
        };
        var contactToken = await PersonWeb.TokenAsync(second.Client, "sv/clerica/contact");
        await Attack.StartOfWindowAsync(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(25));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            var host = i % 2 == 0 ? first : second;
            answers.Add(await host.Client.PostAsync("sv/clerica/", PersonWeb.Multipart(tokens[host], PersonWeb.Access($"flood{i}@example.com"))));
        }

        var contact = await second.Client.PostAsync("sv/clerica/contact", PersonWeb.Multipart(contactToken, new Dictionary<string, string> { ["name"] = "Flood", ["email"] = "flood@example.com" }));

        Assert.All(answers.Append(contact), answer => Assert.True((int)answer.StatusCode < 500, $"answered {(int)answer.StatusCode}"));
        Assert.Equal(3, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, contact.StatusCode);
        foreach (var answer in answers.Where(answer => answer.StatusCode != HttpStatusCode.OK).Append(contact))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
            var wait = answer.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
            Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            var html = await PersonWeb.ReadAsync(answer);
            var text = PersonWeb.Decoded(html);
            // The friendly page: the path's language, one main landmark, a heading, what happened and when to come back.
            Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
            Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
            Assert.Contains("<h1>För många försök</h1>", text, StringComparison.Ordinal);
            Assert.Contains("Ingenting sparades", text, StringComparison.Ordinal);
            Assert.Contains("Du kan skicka igen om cirka 1 min.", text, StringComparison.Ordinal);
        }

        Assert.Equal(3, await PersonWeb.RequestCountAsync(first));
    }
}
