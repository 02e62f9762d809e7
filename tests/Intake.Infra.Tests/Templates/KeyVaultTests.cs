using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class KeyVaultTests(MainTemplateFixture template)
{
    private const string VaultType = "Microsoft.KeyVault/vaults";

    [Fact]
    public void Vault_authorizes_by_rbac_and_keeps_deleted_secrets_recoverable()
    {
        var vault = template.Deployed.Single(VaultType);

        Assert.Equal(true, vault.Property("properties", "enableRbacAuthorization"));
        Assert.Equal(true, vault.Property("properties", "enableSoftDelete"));
        Assert.Equal(true, vault.Property("properties", "enablePurgeProtection"));
        Assert.False(vault.Has("properties", "accessPolicies"), "RBAC vaults grant nothing through access policies.");
    }

    [Fact]
    public void Vault_belongs_to_the_deployment_tenant()
    {
        var vault = template.Deployed.Single(VaultType);

        Assert.Equal(DeploymentEnvironment.Test.TenantId, vault.Property("properties", "tenantId"));
    }

    [Theory]
    [InlineData("SendGridApiKey", TestParameters.SendGridApiKey)]
    [InlineData("TokenSigningKey", TestParameters.TokenSigningKey)]
    [InlineData("InboundSendGridSecret", TestParameters.InboundSendGridSecret)]
    public void Secret_holds_the_value_of_its_secure_parameter(string secretName, string suppliedValue)
    {
        var vault = template.Deployed.Single(VaultType);
        var secret = template.Deployed.Named(IntakeResources.SecretType, secretName);

        Assert.Equal($"{vault.Name}/{secretName}", secret.Name);
        Assert.Equal(suppliedValue, secret.Property("properties", "value"));
    }

    [Theory]
    [InlineData("sendGridApiKey")]
    [InlineData("tokenSigningKey")]
    [InlineData("inboundSendGridSecret")]
    public void Secret_parameter_is_secure_and_has_no_default(string parameter)
    {
        var definition = ArmValue.AsObject(ArmValue.FromJson(template.Compiled.Json["parameters"]?[parameter]));

        Assert.Equal("securestring", ArmValue.AsString(definition["type"]), ignoreCase: true);
        Assert.False(definition.ContainsKey("defaultValue"), $"{parameter} must come from the environment, never from the template.");
    }

    [Fact]
    public void No_output_carries_a_secret_value()
    {
        Assert.NotEmpty(template.Deployed.Outputs);
        foreach (var value in template.Deployed.Outputs.Values)
        {
            foreach (var secret in TestParameters.SecretValues)
            {
                Assert.DoesNotContain(secret, ArmValue.Text(value), StringComparison.Ordinal);
            }
        }
    }
}
