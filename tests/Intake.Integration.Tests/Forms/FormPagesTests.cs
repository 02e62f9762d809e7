using System.Net;
using Intake.Testing;

namespace Intake.Integration.Tests.Forms;

[Collection(AzuriteCollection.Name)]
public sealed class FormPagesTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("fi", "Tietosuojapyynnöt", "Tee tietosuojapyyntö")]
    [InlineData("sv", "Begäranden om dataskydd", "Gör en begäran")]
    [InlineData("en", "Data protection requests", "Make a request")]
    [InlineData("et", "Andmekaitsetaotlused", "Esitage taotlus")]
    public async Task Front_page_lists_both_controllers_in_each_language(string lang, string title, string link)
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.GetAsync($"{lang}/");
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(title, PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains(link, PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/{lang}/clerica/\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{lang}/clewer/contact\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv-FI,sv;q=0.9", "sv")]
    [InlineData("en-GB,en;q=0.8,fi;q=0.5", "en")]
    [InlineData("et-EE,et;q=0.9,en;q=0.5", "et")]
    [InlineData("de-DE", "fi")]
    public async Task The_root_speaks_the_browsers_language_else_Finnish(string acceptLanguage, string expected)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await PersonWeb.ReadAsync(await host.Client.SendAsync(request));

        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "Mitä haluat tehdä?", "Pyyntö on maksuton. Allekirjoitusta tai tiettyä lomaketta ei tarvita")]
    [InlineData("sv", "Vad vill du göra?", "Begäran är avgiftsfri. Ingen underskrift och ingen särskild blankett behövs")]
    [InlineData("en", "What do you want to do?", "The request is free of charge. No signature and no particular form are needed")]
    [InlineData("et", "Mida soovite teha?", "Taotlus on tasuta. Allkirja ega kindlat vormi ei ole vaja")]
    public async Task Request_form_names_every_joint_controller_and_says_it_is_free(string lang, string legend, string free)
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.GetAsync($"{lang}/clewer/");
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(legend, PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains(free, PersonWeb.Decoded(html), StringComparison.Ordinal);
        foreach (var party in new[] { "Clewer Technology Oy", "Clewer Oy", "Clewer Markkinointi Oy", "Clewer Logistics OÜ" })
        {
            Assert.Contains(party, PersonWeb.Decoded(html), StringComparison.Ordinal);
        }

        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-email\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-email\" name=\"email\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fi", "Yhteystiedot *", "Toimiala")]
    [InlineData("sv", "Kontaktuppgifter *", "Bransch")]
    [InlineData("en", "Contact details *", "Industry")]
    [InlineData("et", "Kontaktandmed *", "Tegevusala")]
    public async Task Contact_form_has_the_seed_fields_in_each_language(string lang, string contactLegend, string industry)
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.GetAsync($"{lang}/clerica/contact");
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(contactLegend, PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains(industry, PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains("Clerica Oy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_controller_is_a_404_page()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.GetAsync("en/nobody/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await PersonWeb.ReadAsync(response), StringComparison.Ordinal);
    }
}
