using System.Net;
using System.Text;
using Intake.Integration.Tests.Forms;
using Intake.Testing;

namespace Intake.Integration.Tests.Api;

/// <summary>Storage unreachable when a request comes in is a 503 with Retry-After, never a 500.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageDownTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_form_answers_503_with_a_page_when_storage_fails()
    {
        await using var proxy = Links.StorageProxy.For(azurite.Azurite);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["ConnectionStrings:Storage"] = proxy.ConnectionString });
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        proxy.Cut();

        var response = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, PersonWeb.Access()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Contains("nothing was saved", await PersonWeb.ReadAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_503_problem_details_when_storage_fails()
    {
        await using var proxy = Links.StorageProxy.For(azurite.Azurite);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["ConnectionStrings:Storage"] = proxy.ConnectionString });
        proxy.Cut();
        const string body = """{"type":"access","controller":"clerica","subject":{"name":"Maija","email":"maija.meikalainen@example.com"}}""";

        var response = await host.Client.PostAsync("api/requests", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
