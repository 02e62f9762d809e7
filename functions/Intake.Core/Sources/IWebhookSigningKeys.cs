namespace Intake.Core.Sources;

/// <summary>
/// The HMAC keys of webhook sources by the name a data map gives them; the keys themselves live in
/// configuration (Key Vault in Azure), never in a map.
/// </summary>
public interface IWebhookSigningKeys
{
    /// <summary>The key named <paramref name="name"/>, or null when none of usable length is configured.</summary>
    byte[]? Find(string name);
}
