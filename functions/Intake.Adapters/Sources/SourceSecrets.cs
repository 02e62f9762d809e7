using System.Text;
using Intake.Core.Sources;
using Microsoft.Extensions.Configuration;

namespace Intake.Adapters.Sources;

/// <summary>
/// Resolves the names a data map uses to the secrets configuration holds:
/// <c>ConnectionStrings:&lt;name&gt;</c> for stores and <c>Intake:SigningKeys:&lt;name&gt;</c> for
/// webhook HMAC keys (Key Vault in Azure). The map never holds a secret itself.
/// </summary>
public sealed class SourceSecrets(IConfiguration configuration) : IWebhookSigningKeys
{
    public const string SigningKeysSection = "Intake:SigningKeys";

    public string ConnectionString(string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new SourceConfigurationException($"Configuration has no ConnectionStrings:{name}.");

    public byte[] SigningKey(string name) =>
        configuration[SigningKeysSection + ":" + name] is { Length: >= 16 } value
            ? Encoding.UTF8.GetBytes(value)
            : throw new SourceConfigurationException($"Configuration has no {SigningKeysSection}:{name} of at least 16 characters.");

    public bool HasConnectionString(string name) => configuration.GetConnectionString(name) is { Length: > 0 };

    public bool HasSigningKey(string name) => configuration[SigningKeysSection + ":" + name] is { Length: >= 16 };

    public byte[]? Find(string name) => HasSigningKey(name) ? SigningKey(name) : null;
}
