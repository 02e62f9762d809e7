using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Web.Callbacks;

/// <summary>Finds the webhook source a callback token belongs to: the callback endpoint and the command that revokes tokens share it.</summary>
public sealed class CallbackSources(IDataMapCatalog catalog, IWebhookSigningKeys secrets)
{
    /// <summary>Which webhook source issued the token: the one whose key verifies it (keys are per source, never shared).</summary>
    public FoundSource? Find(string token, DateTimeOffset now)
    {
        foreach (var map in catalog.Maps)
        {
            foreach (var source in map.Sources)
            {
                if (source.Webhook is not { } hook || secrets.Find(hook.SigningKeyName) is not { } key)
                {
                    continue;
                }

                if (WebhookCallbackToken.TryRead(key, token, now, out var claims) && claims?.SourceId == source.Id)
                {
                    return new FoundSource(map, source, key, claims);
                }
            }
        }

        return null;
    }
}
