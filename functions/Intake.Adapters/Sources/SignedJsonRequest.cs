using System.Net.Http.Headers;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>A JSON POST signed with <see cref="WebhookSignature"/>, as webhook sources and webhook recipients receive it.</summary>
public static class SignedJsonRequest
{
    public static HttpRequestMessage Create(Uri url, byte[] body, byte[] key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(body);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var timestamp = WebhookSignature.Timestamp(now);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(key, timestamp, body));
        return request;
    }
}
