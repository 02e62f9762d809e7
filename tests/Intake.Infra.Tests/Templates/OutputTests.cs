using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class OutputTests(MainTemplateFixture template)
{
    [Fact]
    public void Outputs_name_the_app_its_host_the_storage_account_and_the_vault()
    {
        var main = template.Main;
        var functionApp = IntakeResources.FunctionAppModule(main);
        var storage = IntakeResources.Storage(main);
        var vault = IntakeResources.Vault(main);

        ArmAssert.Expression(Expressions.ModuleOutput("functionApp", "appName"), main.Output("FUNCTION_APP_NAME"));
        ArmAssert.Expression("[parameters('appName')]", functionApp.Template.Output("appName"));
        ArmAssert.Expression("[variables('names').app]", functionApp.Passes("appName"));

        ArmAssert.Expression(Expressions.ModuleOutput("functionApp", "defaultHostName"), main.Output("FUNCTION_APP_HOST_NAME"));
        ArmAssert.Expression(
            $"[reference(resourceId('Microsoft.Web/sites', parameters('appName')), {ArmAssert.AnyApiVersion}).defaultHostName]",
            functionApp.Template.Output("defaultHostName"));

        ArmAssert.Expression(Expressions.ModuleOutput("storage", "accountName"), main.Output("STORAGE_ACCOUNT_NAME"));
        ArmAssert.Expression("[parameters('accountName')]", storage.Template.Output("accountName"));
        ArmAssert.Expression("[variables('names').storage]", storage.Passes("accountName"));

        ArmAssert.Expression(Expressions.ModuleOutput("vault", "vaultName"), main.Output("KEY_VAULT_NAME"));
        ArmAssert.Expression("[parameters('vaultName')]", vault.Template.Output("vaultName"));
        ArmAssert.Expression("[variables('names').vault]", vault.Passes("vaultName"));
    }

    [Fact]
    public void Resource_names_derive_from_the_prefix_so_environments_do_not_collide()
    {
        // Every resource name carries the token, which hashes the prefix: another prefix, another name.
        ArmAssert.Expression(IntakeResources.ResourceToken, template.Main.Variable("resourceToken"));
        var names = template.Main.Variable("names").AsObject();
        foreach (var (resource, name) in names.Where(pair => pair.Key != "deploymentContainer"))
        {
            Assert.True(
                ArmJson.Text(name).Contains("variables('resourceToken')", StringComparison.Ordinal),
                $"names.{resource} does not carry the resource token: {name}");
        }

        ArmAssert.Expression("[format('func-{0}-{1}', parameters('namePrefix'), variables('resourceToken'))]", names["app"]);
    }

    [Fact]
    public void Vault_name_fits_the_key_vault_naming_rule()
    {
        // 3-24 characters starting with a letter, no '--': 'kv-' and the 13-character token.
        ArmAssert.Expression("[format('kv-{0}', variables('resourceToken'))]", template.Main.Variable("names", "vault"));
        ArmAssert.Expression(IntakeResources.ResourceToken, template.Main.Variable("resourceToken"));
    }
}
