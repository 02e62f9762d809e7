using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class OutputTests(MainTemplateFixture template)
{
    [Fact]
    public void Outputs_name_the_app_its_host_the_storage_account_and_the_vault()
    {
        var outputs = template.Deployed.Outputs;
        var app = IntakeResources.FunctionApp(template.Deployed);

        Assert.Equal(app.Name, outputs["FUNCTION_APP_NAME"]);
        Assert.Equal($"reference({app.Id}).defaultHostName", ArmValue.Text(outputs["FUNCTION_APP_HOST_NAME"]));
        Assert.Equal(template.Deployed.Single("Microsoft.Storage/storageAccounts").Name, outputs["STORAGE_ACCOUNT_NAME"]);
        Assert.Equal(template.Deployed.Single("Microsoft.KeyVault/vaults").Name, outputs["KEY_VAULT_NAME"]);
    }

    [Fact]
    public void Resource_names_derive_from_the_prefix_so_environments_do_not_collide()
    {
        var test = template.Compiled.Evaluate(("namePrefix", "intake-test")).Outputs;
        var prod = template.Compiled.Evaluate(("namePrefix", "intake-prod")).Outputs;

        Assert.NotEqual(test["FUNCTION_APP_NAME"], prod["FUNCTION_APP_NAME"]);
        Assert.NotEqual(test["STORAGE_ACCOUNT_NAME"], prod["STORAGE_ACCOUNT_NAME"]);
        Assert.NotEqual(test["KEY_VAULT_NAME"], prod["KEY_VAULT_NAME"]);
        Assert.StartsWith("func-intake-prod-", ArmValue.AsString(prod["FUNCTION_APP_NAME"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Vault_name_fits_the_key_vault_naming_rule()
    {
        var name = ArmValue.AsString(template.Deployed.Outputs["KEY_VAULT_NAME"]);

        Assert.InRange(name.Length, 3, 24);
        Assert.True(char.IsAsciiLetter(name[0]), name);
        Assert.DoesNotContain("--", name, StringComparison.Ordinal);
    }
}
