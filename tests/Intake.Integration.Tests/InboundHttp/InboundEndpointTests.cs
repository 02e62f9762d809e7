using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Integration.Tests.Forms;
using Intake.Integration.Tests.Inbound;
using Intake.Testing;

namespace Intake.Integration.Tests.InboundHttp;

[Collection(AzuriteCollection.Name)]
public sealed class InboundEndpointTests(AzuriteFixture azurite)
{
    private const string Secret = "inbound-test-secret-1";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Inbound:SendGridSecret"] = Secret,
        ["Inbound:Addresses:privacy@clewer.example"] = "clewer",
        ["Inbound:DefaultController"] = "clerica",
    };

    [Fact]
    public async Task A_parsed_SendGrid_post_opens_a_request_for_the_addressed_controller_and_mails_the_sender()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        var post = new FormPost()
            .Field("headers", "From: Matti <matti@example.com>\r\nTo: privacy@clewer.example\r\nSubject: Tarkastuspyyntö\r\nMessage-ID: <parsed-1@example.com>\r\n")
            .Field("from", "Matti Meikäläinen <matti@example.com>")
            .Field("to", "privacy@clewer.example")
            .Field("subject", "Tarkastuspyyntö")
            .Field("text", "Hei, pyydän saada nähdä kaikki minusta tallennetut henkilötiedot.")
            .Field("envelope", """{"to":["privacy@clewer.example"],"from":"matti@example.com"}""")
            .Field("charsets", """{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}""");

        var response = await host.Client.PostAsync($"api/inbound/sendgrid?key={Secret}", Content(post.Build(), post.ContentType));

        var answer = await AnswerAsync(response);
        Assert.Equal("opened", answer.GetProperty("outcome").GetString());
        var id = RequestId.Parse(answer.GetProperty("reference").GetString()!);
        var state = await host.Gateway.FindAsync(id);
        Assert.Equal("clewer", state!.Controller.Value);
        Assert.Equal(RequestType.Access, state.Type);
        Assert.Equal(Channel.Email, state.Request!.Channel);
        Assert.Equal("Matti Meikäläinen", state.Request.Subject.Name);
        await host.WaitForMailAsync("matti@example.com", m => m.Reference == id.Value && m.Links.Any(link => link.Name == LinkNames.Verify));
    }

    [Fact]
    public async Task A_raw_message_with_the_secret_as_basic_auth_password_opens_a_request()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        using var request = Mime("gmail-fi-access-request.eml");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"inbound:{Secret}")));

        var answer = await AnswerAsync(await host.Client.SendAsync(request));

        Assert.Equal("opened", answer.GetProperty("outcome").GetString());
        var state = await host.Gateway.FindAsync(RequestId.Parse(answer.GetProperty("reference").GetString()!));
        Assert.Equal("clerica", state!.Controller.Value);
        Assert.True(state.Request!.TypeIsCertain);
        Assert.Equal("matti.meikalainen@example.com", state.Request.Subject.Email);
    }

    [Fact]
    public async Task The_secret_in_a_header_keeps_it_out_of_the_url_and_a_wrong_header_is_not_rescued_by_the_query()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        using var keyed = Mime("gmail-fi-access-request.eml");
        keyed.Headers.Add(Intake.Web.Inbound.InboundSecret.HeaderName, Secret);
        using var guessed = Mime("gmail-fi-access-request.eml", $"?key={Secret}");
        guessed.Headers.Add(Intake.Web.Inbound.InboundSecret.HeaderName, "a-guess");

        var answer = await AnswerAsync(await host.Client.SendAsync(keyed));
        var refused = await host.Client.SendAsync(guessed);

        Assert.Equal("opened", answer.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("inbound-test-secret-")]
    public async Task A_post_without_the_right_secret_is_401_and_stores_nothing(string? key)
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        using var request = Mime("gmail-fi-access-request.eml", key is null ? null : $"?key={key}");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(response.Headers.WwwAuthenticate.SingleOrDefault());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task Without_a_configured_secret_nothing_is_let_in()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        using var request = Mime("gmail-fi-access-request.eml", "?key=");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task An_auto_reply_is_recorded_as_ignored_and_never_answered()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);

        var answer = await AnswerAsync(await host.Client.SendAsync(Mime("out-of-office-fi.eml", $"?key={Secret}")));

        Assert.Equal("ignored", answer.GetProperty("outcome").GetString());
        Assert.Equal("AutoReply", answer.GetProperty("reason").GetString());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
        await Task.Delay(500);
        Assert.Empty((await host.Outbox.ListAsync(10)).Mails);
    }

    [Fact]
    public async Task An_empty_mail_from_a_person_gets_a_reply_saying_why_and_opens_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        const string empty = "From: Liisa <liisa@example.com>\r\nTo: tietosuoja@example.com\r\nMessage-ID: <empty-1@example.com>\r\nContent-Type: text/plain\r\n\r\n\r\n";

        var answer = await AnswerAsync(await host.Client.PostAsync($"api/inbound/mime?key={Secret}", Content(new MemoryStream(Encoding.ASCII.GetBytes(empty)), "message/rfc822")));
        await host.Client.PostAsync($"api/inbound/mime?key={Secret}", Content(new MemoryStream(Encoding.ASCII.GetBytes(empty)), "message/rfc822"));

        Assert.Equal("rejected", answer.GetProperty("outcome").GetString());
        Assert.Equal("Empty", answer.GetProperty("reason").GetString());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
        var replies = (await host.Outbox.ListAsync(10, to: "liisa@example.com")).Mails;
        var reply = Assert.Single(replies);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.DoesNotContain("allekirjoit", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_mail_posted_twice_opens_one_request()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);

        var first = await AnswerAsync(await host.Client.SendAsync(Mime("thunderbird-en-flowed.eml", $"?key={Secret}")));
        var second = await AnswerAsync(await host.Client.SendAsync(Mime("thunderbird-en-flowed.eml", $"?key={Secret}")));

        Assert.Equal("opened", first.GetProperty("outcome").GetString());
        Assert.Equal("already-opened", second.GetProperty("outcome").GetString());
        Assert.Equal(first.GetProperty("reference").GetString(), second.GetProperty("reference").GetString());
        Assert.Equal(1, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_mail_that_names_no_right_still_verifies_the_sender_and_goes_to_triage()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);
        const string vague = "From: Pekka <pekka@example.com>\r\nTo: privacy@clewer.example\r\nSubject: Kysymys\r\nMessage-ID: <vague-1@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei, voisitteko soittaa minulle?\r\n";

        var answer = await AnswerAsync(await host.Client.PostAsync($"api/inbound/mime?key={Secret}", Content(new MemoryStream(Encoding.UTF8.GetBytes(vague)), "message/rfc822")));

        var state = await host.Gateway.FindAsync(RequestId.Parse(answer.GetProperty("reference").GetString()!));
        Assert.False(state!.Request!.TypeIsCertain);
        Assert.Equal(Core.Process.Stage.AwaitingVerification, state.Stage);
        await host.WaitForMailAsync("pekka@example.com", m => m.Links.Any(link => link.Name == LinkNames.Verify));
    }

    [Fact]
    public async Task The_raw_endpoint_wants_message_rfc822()
    {
        await using var host = await IntakeHost.StartAsync(azurite, Settings);

        var response = await host.Client.PostAsync($"api/inbound/mime?key={Secret}", Content(new MemoryStream(Samples.Bytes("gmail-fi-access-request.eml")), "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    private static HttpRequestMessage Mime(string sample, string? query = null) => new(HttpMethod.Post, "api/inbound/mime" + query)
    {
        Content = Content(new MemoryStream(Samples.Bytes(sample)), "message/rfc822"),
    };

    private static StreamContent Content(Stream body, string contentType)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task<JsonElement> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
