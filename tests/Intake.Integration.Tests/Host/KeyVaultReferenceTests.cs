using Intake.Testing;

namespace Intake.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public sealed class KeyVaultReferenceTests(AzuriteFixture azurite)
{
    private const string Reference = "@Microsoft.KeyVault(SecretUri=https://intake-kv.vault.azure.net/secrets/inbound-secret/)";

    [Fact]
    public async Task An_unresolved_key_vault_reference_stops_the_host_instead_of_becoming_a_guessable_inbound_secret()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Inbound:SendGridSecret"] = Reference,
            ["SendGrid:ApiKey"] = "  " + Reference.Replace("inbound-secret", "sendgrid-key", StringComparison.Ordinal),
        }));

        Assert.Contains("Inbound:SendGridSecret, SendGrid:ApiKey are Key Vault references that did not resolve", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("vault.azure.net", error.Message, StringComparison.Ordinal);
    }
}
