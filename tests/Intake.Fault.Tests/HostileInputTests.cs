using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Intake.Testing;

namespace Intake.Fault.Tests;

/// <summary>
/// A corpus of hostile and malformed input against every door — the form, the API, SendGrid Inbound
/// Parse, raw MIME, and the tokens in links — sent to a real host. Whatever comes in: never a 5xx,
/// every refusal explained in its body, and nothing stored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileInputTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Secret = "inbound-secret-for-the-hostile-corpus";

    private static readonly (string Name, Func<HttpClient, HttpRequestMessage> Build)[] Corpus =
    [
        ("api: malformed json", _ => Json("{\"type\": \"access\", ")),
        ("api: json array", _ => Json("[1,2,3]")),
        ("api: 20,000 nested arrays", _ => Json(new string('[', 20_000) + new string(']', 20_000))),
        ("api: 3 MB body", _ => Json("{\"details\":{\"text\":\"" + new string('a', 3_000_000) + "\"}}")),
        ("api: text/plain", _ => new HttpRequestMessage(HttpMethod.Post, "api/requests") { Content = new StringContent("type=access", Encoding.UTF8, "text/plain") }),
        ("api: unknown type", _ => Json(Body(type: "everything"))),
        ("api: unknown controller", _ => Json(Body(controller: "../../etc/passwd"))),
        ("api: no email", _ => Json("{\"type\":\"access\",\"controller\":\"clerica\",\"language\":\"fi\",\"subject\":{\"name\":\"A\"}}")),
        ("api: header injection in email", _ => Json(Body(email: "a@example.com\\r\\nBcc: victim@example.com"))),
        ("api: script as email", _ => Json(Body(email: "<script>alert(1)</script>"))),
        ("api: null bytes in email", _ => Json(Body(email: "a\\u0000@example.com"))),
        ("api: 10,000-character name", _ => Json(Body(name: new string('x', 10_000)))),
        ("api: idempotency key with control characters", _ => WithHeader(Json(Body()), "Idempotency-Key", "abc\u0001def")),
        ("api/contact: no contact details", _ => new HttpRequestMessage(HttpMethod.Post, "api/contact") { Content = new StringContent("{\"controller\":\"clerica\",\"subject\":{\"name\":\"A\"}}", Encoding.UTF8, "application/json") }),
        ("form: post without antiforgery", _ => Form("fi/clerica/", ("type", "access"), ("name", "A"), ("email", "a@example.com"))),
        ("form: contact without antiforgery", _ => Form("fi/clerica/contact", ("name", "A"), ("contact", "a@example.com"))),
        ("form: 12 MB multipart", _ => new HttpRequestMessage(HttpMethod.Post, "fi/clerica/") { Content = BigMultipart(12_000_000) }),
        ("form: unknown controller", _ => Form("fi/nobody/", ("type", "access"))),
        ("inbound: SendGrid post without the secret", _ => new HttpRequestMessage(HttpMethod.Post, "api/inbound/sendgrid") { Content = SendGridParsed("a@example.com", "Tarkastuspyyntö", "Haluan nähdä tietoni.") }),
        ("inbound: SendGrid post with a wrong secret", _ => new HttpRequestMessage(HttpMethod.Post, "api/inbound/sendgrid?key=guess") { Content = SendGridParsed("a@example.com", "Access", "Send me my data") }),
        ("inbound: SendGrid garbage multipart", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/sendgrid?key={Secret}") { Content = Raw("--x\r\nnot a part", "multipart/form-data; boundary=x") }),
        ("inbound: SendGrid auto-reply", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/sendgrid?key={Secret}") { Content = SendGridParsed("a@example.com", "Automatic reply: out of office", "I am away.", "Auto-Submitted: auto-replied\nPrecedence: auto_reply") }),
        ("inbound: SendGrid bounce from mailer-daemon", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/sendgrid?key={Secret}") { Content = SendGridParsed("mailer-daemon@example.com", "Undelivered Mail Returned to Sender", "delivery failed") }),
        ("inbound: raw MIME without the secret", _ => new HttpRequestMessage(HttpMethod.Post, "api/inbound/mime") { Content = Raw("From: a@example.com\r\nSubject: access\r\n\r\nSend my data", "message/rfc822") }),
        ("inbound: raw MIME of random bytes", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/mime?key={Secret}") { Content = RawBytes(RandomBytes(100_000), "message/rfc822") }),
        ("inbound: raw MIME with 1,000 nested parts", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/mime?key={Secret}") { Content = Raw(NestedMime(1000), "message/rfc822") }),
        ("inbound: raw MIME without From", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/mime?key={Secret}") { Content = Raw("Subject: poistakaa tietoni\r\n\r\nPoistakaa kaikki tietoni.", "message/rfc822") }),
        ("inbound: raw MIME as text/plain", _ => new HttpRequestMessage(HttpMethod.Post, $"api/inbound/mime?key={Secret}") { Content = Raw("hello", "text/plain") }),
        ("token: garbage acting link", _ => new HttpRequestMessage(HttpMethod.Get, "l/not-a-token")),
        ("token: garbage acting link POST", _ => new HttpRequestMessage(HttpMethod.Post, "l/not.a-token") { Content = new FormUrlEncodedContent([]) }),
        ("token: 8 KB token", _ => new HttpRequestMessage(HttpMethod.Get, "l/" + new string('A', 8000) + "." + new string('B', 40))),
        ("token: forged signature", _ => new HttpRequestMessage(HttpMethod.Get, "l/eyJzIjoiUi0wMDAwLTAwMDAtMDAiLCJhIjoiYXBwcm92ZSJ9.c2lnbmF0dXJl")),
        ("token: garbage download", _ => new HttpRequestMessage(HttpMethod.Get, "d/%2e%2e%2f%2e%2e%2fetc%2fpasswd")),
        ("token: garbage status", _ => new HttpRequestMessage(HttpMethod.Get, "status/<script>")),
        ("token: garbage staff overview", _ => new HttpRequestMessage(HttpMethod.Get, "staff/x.y")),
        ("token: garbage callback", _ => new HttpRequestMessage(HttpMethod.Post, "callbacks/sources/x.y") { Content = new StringContent("{}", Encoding.UTF8, "application/json") }),
        ("api: agent without a mandate", _ => Json("{\"type\":\"access\",\"controller\":\"clewer\",\"language\":\"en\",\"subject\":{\"name\":\"Victim\",\"email\":\"victim@example.com\"},\"agent\":{\"name\":\"Agent\",\"email\":\"agent@example.net\"}}")),
        ("api: agent with an html page as mandate", _ => Json("{\"type\":\"access\",\"controller\":\"clewer\",\"language\":\"en\",\"subject\":{\"name\":\"Victim\",\"email\":\"victim@example.com\"},\"agent\":{\"name\":\"Agent\",\"email\":\"agent@example.net\",\"mandate\":{\"fileName\":\"mandate.pdf\",\"content\":\"" + Convert.ToBase64String("<html><script>alert(1)</script>"u8.ToArray()) + "\"}}}")),
        ("inbound: SendGrid post with a wrong secret in the header", _ => WithHeader(new HttpRequestMessage(HttpMethod.Post, "api/inbound/sendgrid") { Content = SendGridParsed("a@example.com", "Access", "Send me my data") }, "X-Intake-Inbound-Key", "guess")),
        ("inbound: SendGrid post with a wrong header and the right query", _ => WithHeader(new HttpRequestMessage(HttpMethod.Post, $"api/inbound/sendgrid?key={Secret}") { Content = SendGridParsed("a@example.com", "Access", "Send me my data") }, "X-Intake-Inbound-Key", "guess")),
        ("inbound: SendGrid post with wrong basic auth", _ => WithHeader(new HttpRequestMessage(HttpMethod.Post, "api/inbound/sendgrid") { Content = SendGridParsed("a@example.com", "Access", "Send me my data") }, "Authorization", "Basic " + Convert.ToBase64String("sendgrid:guess"u8.ToArray()))),
        ("token: padded base64 in a link", _ => new HttpRequestMessage(HttpMethod.Get, "l/eyJzIjoiUi0wMDAwLTAwMDAtMDAiLCJhIjoiYXBwcm92ZSJ9==.c2lnbmF0dXJl==")),
        ("token: standard base64 alphabet in a link", _ => new HttpRequestMessage(HttpMethod.Get, "l/eyJz+Ijoi/UI0w.c2ln+bmF0/dXJl")),
        ("token: download by HEAD", _ => new HttpRequestMessage(HttpMethod.Head, "d/x.y")),
        ("staff: forged sign-in header on the overview", _ => WithHeader(new HttpRequestMessage(HttpMethod.Get, "staff/x.y"), "X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String("{\"claims\":[{\"typ\":\"groups\",\"val\":\"*\"}]}"u8.ToArray()))),
    ];

    [Fact]
    public async Task Hostile_and_malformed_input_never_gets_a_5xx_is_always_explained_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Inbound:SendGridSecret"] = Secret,
            ["Web:PostsPerMinute"] = "0",
            ["Web:RequestsPerAddressPerHour"] = "0",
        });

        var problems = new List<string>();
        foreach (var (name, build) in Corpus)
        {
            using var request = build(host.Client);
            using var response = await host.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            output.WriteLine($"{status} {name}");
            if (status >= 500)
            {
                problems.Add($"{name}: {status}");
            }
            // A HEAD answer has no body by definition; its status line is the whole answer.
            else if (status >= 400 && request.Method != HttpMethod.Head && !Explains(response, body))
            {
                problems.Add($"{name}: {status} without an explanation");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var stored = 0;
        var requests = host.Storage.Table(host.Storage.Options.RequestsTable);
        await foreach (var _ in requests.QueryAsync<global::Azure.Data.Tables.TableEntity>("RowKey eq 'state'", select: ["PartitionKey"]))
        {
            stored++;
        }

        Assert.Equal(0, stored);
    }

    /// <summary>A refusal explains itself: a problem document with a detail or title, or a page with a heading.</summary>
    private static bool Explains(HttpResponseMessage response, string body)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        return type switch
        {
            "application/problem+json" => body.Contains("\"detail\"", StringComparison.Ordinal) || body.Contains("\"title\"", StringComparison.Ordinal),
            "text/html" => body.Contains("<h1", StringComparison.Ordinal),
            "text/plain" => body.Trim().Length > 10,
            _ => false,
        };
    }

    private static string Body(string type = "access", string controller = "clerica", string email = "person@example.com", string name = "Person") =>
        $"{{\"type\":\"{type}\",\"controller\":\"{controller}\",\"language\":\"fi\",\"subject\":{{\"name\":\"{name}\",\"email\":\"{email}\"}},\"details\":{{\"text\":\"x\"}}}}";

    private static HttpRequestMessage Json(string json) =>
        new(HttpMethod.Post, "api/requests") { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static HttpRequestMessage Form(string path, params (string Name, string Value)[] fields) =>
        new(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))) };

    private static MultipartFormDataContent BigMultipart(int bytes)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent("access"), "type");
        content.Add(new ByteArrayContent(new byte[bytes]), "mandate", "mandate.pdf");
        return content;
    }

    private static MultipartFormDataContent SendGridParsed(string from, string subject, string text, string headers = "")
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent($"From: {from}\nTo: privacy@clerica.example\nSubject: {subject}\n{headers}"), "headers");
        content.Add(new StringContent(from), "from");
        content.Add(new StringContent("privacy@clerica.example"), "to");
        content.Add(new StringContent(subject), "subject");
        content.Add(new StringContent(text), "text");
        content.Add(new StringContent("{\"to\":[\"privacy@clerica.example\"],\"from\":\"" + from + "\"}"), "envelope");
        content.Add(new StringContent("{\"subject\":\"UTF-8\",\"text\":\"UTF-8\",\"from\":\"UTF-8\",\"to\":\"UTF-8\"}"), "charsets");
        return content;
    }

    private static StringContent Raw(string text, string contentType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent RawBytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static string NestedMime(int depth)
    {
        var text = new StringBuilder("From: nested@example.com\r\nSubject: access request\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append("Content-Type: multipart/mixed; boundary=\"b").Append(i).Append("\"\r\n\r\n--b").Append(i).Append("\r\n");
        }

        text.Append("Content-Type: text/plain\r\n\r\nSend me my data.\r\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append("--b").Append(i).Append("--\r\n");
        }

        return text.ToString();
    }
}
