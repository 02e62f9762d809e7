using System.Net;
using Intake.Testing;

namespace Intake.Integration.Tests.Forms;

[Collection(AzuriteCollection.Name)]
public sealed class SharedFormKeysTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_form_served_by_one_instance_is_accepted_by_another_that_shares_only_the_storage()
    {
        var shared = new Dictionary<string, string?> { ["Storage:Prefix"] = StoragePrefix.New('k') };
        await using var first = await IntakeHost.StartAsync(azurite, shared);
        await using var second = await IntakeHost.StartAsync(azurite, shared);
        // One browser: its antiforgery cookie (cookies know no port) goes to whichever instance answers.
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var token = await PersonWeb.TokenAsync(browser, new Uri(first.BaseAddress, "en/clewer/contact").AbsoluteUri);

        // The antiforgery check passes, so the form's own rules answer: the name is missing.
        var response = await browser.PostAsync(new Uri(second.BaseAddress, "en/clewer/contact"), PersonWeb.Encoded(token, new Dictionary<string, string> { ["email"] = PersonWeb.Person }));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#f-name\">", html, StringComparison.Ordinal);
        var keys = first.Storage.Container(first.Storage.Options.DataProtectionContainer);
        Assert.NotEmpty(await keys.GetBlobsAsync(global::Azure.Storage.Blobs.Models.BlobTraits.None, global::Azure.Storage.Blobs.Models.BlobStates.None, "keys/", CancellationToken.None).ToListAsync());
    }
}
