using System.Net;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Tokens;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task With_storage_down_every_link_page_answers_503_with_retry_after_instead_of_failing()
    {
        await using var proxy = StorageProxy.For(azurite.Azurite);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["ConnectionStrings:Storage"] = proxy.ConnectionString });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var verify = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var page = await flow.GetAsync(verify);
        var download = flow.Sign(id.Value, LinkNames.Download, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1));
        var overview = host.Services.GetRequiredService<LinkIssuer>().Issue("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "outage");

        proxy.Cut();
        var responses = new[]
        {
            await host.Client.GetAsync(verify),
            await host.Client.PostAsync(new Uri(host.BaseAddress, page.FormAction), new FormUrlEncodedContent(page.Hidden)),
            await host.Client.GetAsync(download),
            await host.Client.GetAsync(overview),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            // With storage down even the request's language is unknown: the page follows the browser, else Finnish.
            Assert.Contains("Yritä hetken päästä uudelleen", (await LinkPage.ReadAsync(response)).Text, StringComparison.Ordinal);
        }
    }
}
