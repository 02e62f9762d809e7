using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Integration.Tests.Forms;
using Intake.Testing;

namespace Intake.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class ApiTests(AzuriteFixture azurite)
{
    private const string Access = """
        {"type":"access","controller":"clerica","language":"sv",
         "subject":{"name":"Maija Meikäläinen","email":"maija.meikalainen@example.com","customerNumber":"C-1001"},
         "details":{"text":"Jag vill se mina uppgifter."}}
        """;

    [Fact]
    public async Task An_access_request_is_accepted_with_its_reference_and_due_date_and_no_status_link()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.PostAsync("api/requests", Json(Access));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var reference = json.RootElement.GetProperty("reference").GetString()!;
        Assert.Equal("awaiting-verification", json.RootElement.GetProperty("status").GetString());
        var state = await host.Gateway.FindAsync(RequestId.Parse(reference));
        Assert.Equal(Channel.Api, state!.Request!.Channel);
        Assert.Equal(Language.Sv, state.Request.Language);
        Assert.Equal("C-1001", state.Request.Subject.CustomerNumber);
        Assert.Equal(state.CurrentDueDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("dueDate").GetString());
        Assert.DoesNotContain("status/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("http", body, StringComparison.Ordinal);
        await host.WaitForMailAsync(PersonWeb.Person, m => m.Reference == reference && m.Links.Any(link => link.Name == LinkNames.Verify));
    }

    [Fact]
    public async Task A_contact_message_is_accepted_for_staff_without_a_due_date()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        const string contact = """
            {"controller":"clewer","subject":{"name":"Matti","email":"matti@example.com","phone":"+358 40 1"},
             "details":{"industry":"Retail","servicesOfInterest":"Remote monitoring"}}
            """;

        var response = await host.Client.PostAsync("api/contact", Json(contact));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("awaiting-staff-review", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dueDate").ValueKind);
        var state = await host.Gateway.FindAsync(RequestId.Parse(json.RootElement.GetProperty("reference").GetString()!));
        Assert.Equal(RequestType.Contact, state!.Type);
        Assert.Equal("Remote monitoring", state.Request!.Details.ServicesOfInterest);
    }

    [Theory]
    [InlineData("{\"type\":\"access\",")]
    [InlineData("{\"type\":\"access\",\"subject\":\"not an object\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_json_is_a_400_problem_and_stores_nothing(string body)
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.PostAsync("api/requests", Json(body));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:intake:problem:malformed-json", problem.GetProperty("type").GetString());
        Assert.Equal("Malformed JSON", problem.GetProperty("title").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task An_unknown_type_and_controller_are_named_with_the_allowed_values()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.PostAsync("api/requests", Json(Access.Replace("\"access\"", "\"delete-everything\"", StringComparison.Ordinal).Replace("\"clerica\"", "\"acme\"", StringComparison.Ordinal)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:intake:problem:invalid-request", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        var type = errors.GetProperty("type")[0].GetString()!;
        Assert.Contains("access, portability, rectification, erasure, restriction, objection-direct-marketing, objection-particular-grounds, consent-withdrawal", type, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", type, StringComparison.Ordinal);
        Assert.Contains("clerica, clewer", errors.GetProperty("controller")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_missing_email_is_an_error_on_subject_email()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.PostAsync("api/requests", Json("""{"type":"erasure","controller":"clerica","subject":{"name":"Maija"}}"""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Required.", errors.GetProperty("subject.email")[0].GetString());
        Assert.False(errors.TryGetProperty("subject.name", out _));
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.PostAsync("api/requests", new StringContent(Access, Encoding.UTF8, "text/plain"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("urn:intake:problem:unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_request_body_larger_than_a_mandate_allows_is_413()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var big = Access.Replace("Jag vill se mina uppgifter.", new string('x', 7_200_000), StringComparison.Ordinal);

        var response = await host.Client.PostAsync("api/requests", Json(big));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("urn:intake:problem:too-large", problem.GetProperty("type").GetString());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_contact_body_over_64_KB_is_413()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var big = "{\"controller\":\"clerica\",\"subject\":{\"name\":\"Maija\",\"email\":\"maija@example.com\"},\"details\":{\"servicesOfInterest\":\"" + new string('x', 70_000) + "\"}}";

        var response = await host.Client.PostAsync("api/contact", Json(big));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("urn:intake:problem:too-large", problem.GetProperty("type").GetString());
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_twice_opens_one_request_and_answers_the_same()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var first = await host.Client.SendAsync(Post("api/requests", Access, "order-4711"));
        var second = await host.Client.SendAsync(Post("api/requests", Access, "order-4711"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains("Idempotency-Replayed"));
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_409()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var first = await host.Client.SendAsync(Post("api/requests", Access, "k-1"));
        var second = await host.Client.SendAsync(Post("api/requests", Access.Replace("\"access\"", "\"erasure\"", StringComparison.Ordinal), "k-1"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var problem = await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("urn:intake:problem:idempotency-conflict", problem.GetProperty("type").GetString());
        Assert.Equal(1, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task An_idempotency_key_is_scoped_to_its_endpoint()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        const string contact = """{"controller":"clerica","subject":{"name":"Maija","email":"maija.meikalainen@example.com"}}""";

        var request = await host.Client.SendAsync(Post("api/requests", Access, "shared"));
        var message = await host.Client.SendAsync(Post("api/contact", contact, "shared"));

        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, message.StatusCode);
        Assert.Equal(2, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_refused_request_releases_its_idempotency_key()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Web:RequestsPerAddressPerHour"] = "1" });
        const string other = """{"type":"access","controller":"clerica","subject":{"name":"Maija","email":"maija.meikalainen@example.com"}}""";

        await host.Client.SendAsync(Post("api/requests", Access, "a"));
        var limited = await host.Client.SendAsync(Post("api/requests", other, "b"));

        var problem = await ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal("urn:intake:problem:too-many-requests", problem.GetProperty("type").GetString());
        Assert.NotNull(limited.Headers.RetryAfter);
        var store = Assert.IsType<Intake.Adapters.Idempotency.IdempotencyStore>(host.Services.GetService(typeof(Intake.Core.Idempotency.IIdempotencyStore)));
        Assert.Null(await store.FindAsync("api/requests", "b"));
        Assert.NotNull(await store.FindAsync("api/requests", "a"));
    }

    [Fact]
    public async Task Posting_too_often_from_one_client_is_a_429_problem()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Web:PostsPerMinute"] = "1" });

        await host.Client.PostAsync("api/requests", Json("{}"));
        var second = await host.Client.PostAsync("api/requests", Json(Access));

        var problem = await ProblemAsync(second, HttpStatusCode.TooManyRequests);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task The_openapi_document_lists_both_endpoints_with_their_body()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await host.Client.GetAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/requests", "/api/contact" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
            Assert.True(post.GetProperty("responses").TryGetProperty("202", out _));
            Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
        }

        Assert.False(paths.TryGetProperty("/", out _));
        // The body's schema, inline or as a component, names the nested fields a client fills.
        var document = json.RootElement.GetRawText();
        foreach (var field in new[] { "\"customerNumber\"", "\"particularSituation\"", "\"servicesOfInterest\"", "\"dueDate\"" })
        {
            Assert.Contains(field, document, StringComparison.Ordinal);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Post(string path, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
