using Microsoft.Extensions.Configuration;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Stops the host when a Key Vault reference did not resolve. In Azure an app setting
/// <c>@Microsoft.KeyVault(SecretUri=…)</c> that the platform cannot read (no access, a wrong name,
/// the vault unreachable) is handed to the app as that literal text. Taken as the value it would
/// quietly become the secret: an inbound key anyone can guess from the reference's shape, a link
/// signing key, a connection string that fails later. So every setting is checked once at start,
/// and one error names all that failed — the keys only, never a value.
/// </summary>
public static class KeyVaultReferences
{
    private const string Marker = "@Microsoft.KeyVault(";

    /// <exception cref="InvalidOperationException">Any setting still holds a Key Vault reference.</exception>
    public static void ThrowIfUnresolved(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var unresolved = Unresolved(configuration);
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException(
                $"Configuration {string.Join(", ", unresolved)} {(unresolved.Count == 1 ? "is a Key Vault reference that did" : "are Key Vault references that did")} not resolve: " +
                "the platform passed the reference's text instead of the secret. Give the app's identity read access to the secret " +
                "(Key Vault Secrets User) and check the vault and secret names; Intake does not start on a reference's text.");
        }
    }

    /// <summary>The keys whose value is an unresolved Key Vault reference, in order.</summary>
    public static IReadOnlyList<string> Unresolved(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.AsEnumerable()
            .Where(setting => setting.Value is { } value && value.TrimStart().StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
            .Select(setting => setting.Key)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
