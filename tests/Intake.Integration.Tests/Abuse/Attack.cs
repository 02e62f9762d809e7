using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Integration.Tests.Inbound;

namespace Intake.Integration.Tests.Abuse;

/// <summary>What the abuse tests share: posting mail and JSON, reading answers, and staying clear of a window's edge.</summary>
internal static class Attack
{
    public const string Secret = "abuse-test-secret-1";

    /// <summary>
    /// Waits, if needed, until at least <paramref name="needed"/> is left of the current fixed window,
    /// so a flood the test counts falls into one window (windows are aligned to the Unix epoch).
    /// </summary>
    public static async Task StartOfWindowAsync(TimeSpan window, TimeSpan needed)
    {
        var now = DateTimeOffset.UtcNow;
        var into = TimeSpan.FromTicks((now - DateTimeOffset.UnixEpoch).Ticks % window.Ticks);
        if (window - into < needed)
        {
            await Task.Delay(window - into + TimeSpan.FromMilliseconds(200));
        }
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>An access request for the JSON API.</summary>
    public static StringContent AccessRequest(string email) =>
        Json(JsonSerializer.Serialize(new { type = "access", controller = "clerica", subject = new { name = "Victim", email } }));

    /// <summary>A contact message for the JSON API.</summary>
    public static StringContent ContactMessage(string email, string name) =>
        Json(JsonSerializer.Serialize(new { controller = "clerica", subject = new { name, email } }));

    /// <summary>A plain mail as a person's client writes it.</summary>
    public static string Mime(string from, string messageId, string subject, string body, string? extraHeaders = null) =>
        $"From: {from}\r\nTo: privacy@clerica.example\r\nSubject: {subject}\r\nMessage-ID: <{messageId}>\r\nDate: Tue, 3 Mar 2026 10:00:00 +0200\r\n{extraHeaders}"
        + $"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n";

    public static HttpRequestMessage MimePost(string message) => new(HttpMethod.Post, $"api/inbound/mime?key={Secret}")
    {
        Content = new ByteArrayContent(Encoding.UTF8.GetBytes(message)) { Headers = { ContentType = MediaTypeHeaderValue.Parse("message/rfc822") } },
    };

    /// <summary>SendGrid Inbound Parse in raw mode: the whole message in <c>email</c>, its own checks beside it.</summary>
    public static HttpRequestMessage SendGridRawPost(string message, string? spf = null, string? dkim = null)
    {
        var post = new FormPost()
            .Field("email", message)
            .Field("envelope", """{"to":["privacy@clerica.example"],"from":"bounce@example.com"}""");
        if (spf is not null)
        {
            post.Field("SPF", spf);
        }

        if (dkim is not null)
        {
            post.Field("dkim", dkim);
        }

        return new HttpRequestMessage(HttpMethod.Post, $"api/inbound/sendgrid?key={Secret}")
        {
            Content = new StreamContent(post.Build()) { Headers = { ContentType = MediaTypeHeaderValue.Parse(post.ContentType) } },
        };
    }

    /// <summary>The outcome a 200 from an inbound endpoint names; fails on any other status.</summary>
    public static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("outcome").GetString()!;
    }

    /// <summary>Settings for hosts that share one storage prefix and one signing key, as instances of one installation do.</summary>
    public static Dictionary<string, string?> Shared(params (string Key, string Value)[] settings)
    {
        var shared = new Dictionary<string, string?>
        {
            ["Storage:Prefix"] = Intake.Testing.StoragePrefix.New('s'),
            ["Tokens:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in settings)
        {
            shared[key] = value;
        }

        return shared;
    }
}
