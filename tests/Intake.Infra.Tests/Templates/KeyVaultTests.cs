using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class KeyVaultTests(MainTemplateFixture template)
{
    private const string VaultType = "Microsoft.KeyVault/vaults";

    private ArmModule Vault => IntakeResources.Vault(template.Main);

    [Fact]
    public void Vault_authorizes_by_rbac_and_keeps_deleted_secrets_recoverable()
    {
        var vault = Vault.Template.Single(VaultType);

        Assert.Equal(true, vault.Value("properties", "enableRbacAuthorization"));
        Assert.Equal(true, vault.Value("properties", "enableSoftDelete"));
        Assert.Equal(true, vault.Value("properties", "enablePurgeProtection"));
        Assert.False(vault.Has("properties", "accessPolicies"), "RBAC vaults grant nothing through access policies.");
    }

    [Fact]
    public void Vault_belongs_to_the_deployment_tenant()
    {
        ArmAssert.Expression("[subscription().tenantId]", Vault.Template.Single(VaultType).At("properties", "tenantId"));
    }

    [Theory]
    [InlineData("SendGridApiKey", "sendGridApiKey")]
    [InlineData("TokenSigningKey", "tokenSigningKey")]
    [InlineData("InboundSendGridSecret", "inboundSendGridSecret")]
    public void Secret_holds_the_value_of_its_secure_parameter(string secretName, string parameter)
    {
        var secret = Assert.Single(Vault.Template.OfType(IntakeResources.SecretType), resource =>
            resource.Name == $"[format('{{0}}/{{1}}', parameters('vaultName'), '{secretName}')]");
        Assert.Equal("[parameters('vaultName')]", Vault.Template.Single(VaultType).Name);

        // main.bicep's secure parameter reaches a secure parameter of the module, which the secret stores.
        ArmAssert.Expression(Expressions.Parameter(parameter), Vault.Passes(parameter));
        Assert.True(Vault.Template.IsSecure(parameter), $"vault.bicep takes {parameter} as a plain string.");
        ArmAssert.Expression(Expressions.Parameter(parameter), secret.At("properties", "value"));
    }

    [Theory]
    [InlineData("sendGridApiKey")]
    [InlineData("tokenSigningKey")]
    [InlineData("inboundSendGridSecret")]
    public void Secret_parameter_is_secure_and_has_no_default(string parameter)
    {
        var definition = template.Main.Parameter(parameter);

        Assert.Equal("securestring", ArmJson.Text(definition["type"]), ignoreCase: true);
        Assert.False(definition.ContainsKey("defaultValue"), $"{parameter} must come from the environment, never from the template.");
    }

    [Fact]
    public void No_output_carries_a_secret_value()
    {
        // In every template, main.bicep's and each module's, no output reads a secure parameter;
        // main.bicep's outputs only pass module outputs on.
        Assert.NotEmpty(template.Main.Outputs);
        foreach (var armTemplate in template.Main.SelfAndModules())
        {
            foreach (var (name, value) in armTemplate.Outputs)
            {
                var expression = ArmJson.Text(value);
                Assert.All(armTemplate.SecureParameters, secure => Assert.False(
                    Expressions.Reads(expression, secure), $"Output {name} reads the secure parameter {secure}: {expression}"));
            }
        }
    }
}
