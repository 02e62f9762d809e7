using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Inbound;

/// <summary>
/// The shared secret that guards the inbound endpoints: anyone can post to a public URL, and a
/// forged post would open requests in any name. SendGrid's Inbound Parse signs nothing, so the
/// secret travels with the post as the password of <c>https://inbound:SECRET@host/api/inbound/sendgrid</c>
/// (HTTP basic auth, the recommended form: it never sits in the request line that proxies and
/// servers log), in the <see cref="HeaderName"/> header (for posters that can set headers), or as
/// <c>?key=…</c> (still accepted, discouraged: the query is part of the URL). Only headers and the
/// query are looked at; without a configured secret nothing is let in.
/// </summary>
public static class InboundSecret
{
    /// <summary>The header a poster that can set headers gives the secret in.</summary>
    public const string HeaderName = "X-Intake-Inbound-Key";

    /// <summary>The query parameter of the discouraged form.</summary>
    public const string QueryName = "key";

    /// <summary>
    /// Whether the request presents the secret. The first form given counts, in the order header,
    /// basic-auth password, query: a wrong secret in one form is not rescued by another.
    /// </summary>
    public static bool Allows(HttpRequest request, string? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var presented = Presented(request);
        return presented is not null && Matches(presented, secret);
    }

    /// <summary>Compares in constant time; hashing first makes the time independent of the lengths too.</summary>
    public static bool Matches(string presented, string secret) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        if (BasicPassword(request) is { } password)
        {
            return password;
        }

        return request.Query[QueryName].ToString() is { Length: > 0 } key ? key : null;
    }

    private static string? BasicPassword(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
