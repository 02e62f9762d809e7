using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Inbound;

/// <summary>
/// The shared secret that guards the inbound endpoints: anyone can post to a public URL, and a
/// forged post would open requests in any name. SendGrid's Inbound Parse signs nothing, so the
/// secret travels in the URL configured there, as <c>?key=…</c> or as the password of
/// <c>https://inbound:SECRET@host/api/inbound/sendgrid</c> (HTTP basic auth). Only headers and
/// the query are looked at; without a configured secret nothing is let in.
/// </summary>
public static class InboundSecret
{
    public static bool Allows(HttpRequest request, string? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var presented = request.Query["key"].ToString() is { Length: > 0 } key ? key : BasicPassword(request);
        return presented is not null && Matches(presented, secret);
    }

    /// <summary>Compares in constant time; hashing first makes the time independent of the lengths too.</summary>
    public static bool Matches(string presented, string secret) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

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
