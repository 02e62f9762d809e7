namespace Intake.Core.DataMaps;

/// <summary>
/// Another system reached by a signed HTTP POST. <paramref name="SigningKeyName"/> names the
/// configuration entry holding the HMAC key (<c>Intake:SigningKeys:&lt;name&gt;</c>): the key
/// itself never appears in a data map.
/// </summary>
public sealed record WebhookEndpoint(Uri Url, string SigningKeyName);
