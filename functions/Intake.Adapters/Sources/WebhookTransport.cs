using System.Net;
using Intake.Core.DataMaps;

namespace Intake.Adapters.Sources;

/// <summary>
/// Webhook sources and recipients get the person's address and identifiers, and send back their
/// data: only over https. Plain http is allowed to <c>localhost</c> or a loopback address, and only
/// in Development, where a partner system is simulated on the same machine. Checked when the data
/// maps are loaded, so a host with a plain-http webhook does not start.
/// </summary>
public static class WebhookTransport
{
    /// <exception cref="DataMapException">A webhook URL is plain http where that is not allowed.</exception>
    public static void ThrowIfInsecure(DataMapCatalog catalog, bool development)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var insecure = Insecure(catalog, development);
        if (insecure.Count > 0)
        {
            throw new DataMapException(
                "Webhook URLs must use https" + (development ? " (plain http only to localhost or a loopback address)" : " (plain http only to localhost, and only in Development)") + ":"
                + Environment.NewLine + string.Join(Environment.NewLine, insecure));
        }
    }

    /// <summary>Each webhook that breaks the rule, named by controller, source or recipient, and the URL's scheme and host only.</summary>
    public static IReadOnlyList<string> Insecure(DataMapCatalog catalog, bool development)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var found = new List<string>();
        foreach (var map in catalog.Maps)
        {
            var controller = map.Controller.Id.Value;
            found.AddRange(map.Sources
                .Where(source => source.Webhook is { } hook && !Allowed(hook.Url, development))
                .Select(source => $"{controller}: source '{source.Id}' posts to {source.Webhook!.Url.GetLeftPart(UriPartial.Authority)}"));
            found.AddRange(map.Recipients
                .Where(recipient => recipient.Webhook is { } hook && !Allowed(hook.Url, development))
                .Select(recipient => $"{controller}: recipient '{recipient.Id}' posts to {recipient.Webhook!.Url.GetLeftPart(UriPartial.Authority)}"));
        }

        return found;
    }

    /// <summary>Whether a webhook may be reached at <paramref name="url"/>.</summary>
    public static bool Allowed(Uri url, bool development)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        return development && url.Scheme == Uri.UriSchemeHttp && IsLoopback(url);
    }

    private static bool IsLoopback(Uri url) =>
        string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
