using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Intake.Local.Outbox;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Integration.Tests.Mail;

/// <summary>The outbox pages on a minimal app over a real outbox in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutboxEndpointsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;
    private OutboxMailSender outbox = null!;

    public async Task InitializeAsync()
    {
        outbox = new OutboxMailSender(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new OutboxOptions { TableName = "outbox" + Guid.NewGuid().ToString("N")[..12] }),
            // Each read of the clock is a minute after the last, so the listed mails have distinct, ordered times.
            new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) },
            NullLogger<OutboxMailSender>.Instance);
        app = await StartAsync(services => services.AddSingleton<IOutbox>(outbox));
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Messages_are_json_newest_first_with_links()
    {
        await outbox.SendAsync(MailSamples.Verification("first@example.fi"), "effect-1");
        await outbox.SendAsync(MailSamples.Verification("second@example.fi"), "effect-2");

        using var response = await client.GetAsync(new Uri("/outbox/messages", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var messages = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["second@example.fi", "first@example.fi"], messages.Select(message => message.GetProperty("to").GetString()));
        var newest = messages[0];
        Assert.Equal(["id", "to", "subject", "text", "html", "links", "sentAt"], newest.EnumerateObject().Select(property => property.Name));
        Assert.Equal("2025-03-10T08:01:00+00:00", newest.GetProperty("sentAt").GetString());
        Assert.Contains(MailSamples.Reference.Value, newest.GetProperty("subject").GetString(), StringComparison.Ordinal);
        var verify = newest.GetProperty("links")[0];
        Assert.Equal(["name", "label", "url"], verify.EnumerateObject().Select(property => property.Name));
        Assert.Equal("verify", verify.GetProperty("name").GetString());
        Assert.Equal("Vahvista pyyntöni", verify.GetProperty("label").GetString());
        Assert.Equal("https://intake.example/l/verify?t=abc&v=1", verify.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Messages_can_be_filtered_by_recipient()
    {
        await outbox.SendAsync(MailSamples.Verification("anna@example.fi"), "effect-1");
        await outbox.SendAsync(MailSamples.Verification("bert@example.fi"), "effect-2");

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/outbox/messages?to=ANNA@example.fi", UriKind.Relative)));

        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("anna@example.fi", only.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    public async Task A_limit_out_of_range_is_a_bad_request(string limit)
    {
        using var response = await client.GetAsync(new Uri($"/outbox/messages?limit={limit}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_page_lists_each_mail_with_clickable_links_and_a_sandboxed_body()
    {
        var mail = MailSamples.Verification() with { Html = "<p>Hei</p><script>alert('x')</script>", Subject = "Vahvista <b>pyyntösi</b>" };
        await outbox.SendAsync(mail, "effect-1");

        using var response = await client.GetAsync(new Uri("/outbox", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Vahvista &lt;b&gt;pyyntösi&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<dt>To</dt><dd>anna.virtanen@example.fi</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-03-10T08:00:00Z\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://intake.example/l/verify?t=abc&amp;v=1\">Vahvista pyyntöni</a>", page, StringComparison.Ordinal);
        Assert.Contains("<iframe sandbox=\"\"", page, StringComparison.Ordinal);
        Assert.Contains("srcdoc=\"&lt;p&gt;Hei&lt;/p&gt;&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Contains("<pre>Hei Anna Virtanen,", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_offers_older_mail_when_there_is_more()
    {
        for (var i = 0; i < OutboxEndpoints.PageSize + 1; i++)
        {
            await outbox.SendAsync(MailSamples.Verification($"p{i}@example.fi"), $"effect-{i}");
        }

        var first = await client.GetStringAsync(new Uri("/outbox", UriKind.Relative));
        var older = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"(/outbox\\?page=[^\"]+)\">Older mail</a>");
        Assert.True(older.Success);
        var second = await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(older.Groups[1].Value), UriKind.Relative));

        Assert.Contains("p20@example.fi", first, StringComparison.Ordinal);
        Assert.DoesNotContain("p0@example.fi", first, StringComparison.Ordinal);
        Assert.Contains("p0@example.fi", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Older mail", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_mail_has_its_own_page_and_an_unknown_id_is_not_found()
    {
        await outbox.SendAsync(MailSamples.Verification(), "effect-1");
        var id = (await outbox.ListAsync()).Mails.Single().Id;

        using var found = await client.GetAsync(new Uri($"/outbox/{id}", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/outbox/0000000000000000000-000000000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("<details open>", await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_an_outbox_the_pages_are_not_found()
    {
        await using var sendGridApp = await StartAsync(_ => { });
        using var sendGridClient = sendGridApp.GetTestClient();

        using var page = await sendGridClient.GetAsync(new Uri("/outbox", UriKind.Relative));
        using var messages = await sendGridClient.GetAsync(new Uri("/outbox/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, messages.StatusCode);
    }

    private static async Task<WebApplication> StartAsync(Action<IServiceCollection> configure)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        configure(builder.Services);
        var started = builder.Build();
        started.MapOutboxEndpoints();
        await started.StartAsync();
        return started;
    }
}
