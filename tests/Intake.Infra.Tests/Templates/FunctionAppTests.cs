using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class FunctionAppTests(MainTemplateFixture template)
{
    internal static void AssertFlexConsumptionPlan(EvaluatedTemplate deployed)
    {
        var plan = deployed.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Property("sku", "name"));
        Assert.Equal("FlexConsumption", plan.Property("sku", "tier"));
        Assert.Equal(true, plan.Property("properties", "reserved"));
    }

    [Fact]
    public void Plan_is_flex_consumption_fc1_on_linux()
    {
        AssertFlexConsumptionPlan(template.Deployed);
    }

    [Fact]
    public void App_runs_on_that_plan_as_a_linux_function_app()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);
        var plan = template.Deployed.Single("Microsoft.Web/serverfarms");

        Assert.Equal("functionapp,linux", app.Property("kind"));
        Assert.Equal(plan.Id, app.Property("properties", "serverFarmId"));
    }

    [Fact]
    public void App_runs_dotnet_isolated_10()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);

        Assert.Equal("dotnet-isolated", app.Property("properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", app.Property("properties", "functionAppConfig", "runtime", "version"));
    }

    [Fact]
    public void App_deploys_from_the_package_container_using_its_identity()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);
        var identity = IntakeResources.Identity(template.Deployed);
        var account = template.Deployed.Single("Microsoft.Storage/storageAccounts");
        var container = template.Deployed.Named("Microsoft.Storage/storageAccounts/blobServices/containers", "app-package");

        Assert.Equal("blobContainer", app.Property("properties", "functionAppConfig", "deployment", "storage", "type"));
        Assert.Equal(
            $"«reference({account.Id}).primaryEndpoints.blob»{container.ShortName}",
            ArmValue.Text(app.Property("properties", "functionAppConfig", "deployment", "storage", "value")));
        Assert.Equal("UserAssignedIdentity", app.Property("properties", "functionAppConfig", "deployment", "storage", "authentication", "type"));
        Assert.Equal(identity.Id, app.Property("properties", "functionAppConfig", "deployment", "storage", "authentication", "userAssignedIdentityResourceId"));
    }

    [Fact]
    public void App_scales_within_the_configured_memory_and_instance_limits()
    {
        var app = IntakeResources.FunctionApp(template.Compiled.Evaluate(("instanceMemoryMB", 4096L), ("maximumInstanceCount", 12L)));

        Assert.Equal(4096L, app.Property("properties", "functionAppConfig", "scaleAndConcurrency", "instanceMemoryMB"));
        Assert.Equal(12L, app.Property("properties", "functionAppConfig", "scaleAndConcurrency", "maximumInstanceCount"));
    }

    [Fact]
    public void App_runs_only_as_the_user_assigned_identity_and_resolves_key_vault_references_with_it()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);
        var identity = IntakeResources.Identity(template.Deployed);

        Assert.Equal("UserAssigned", app.Property("identity", "type"));
        Assert.Equal([identity.Id], ArmValue.AsObject(app.Property("identity", "userAssignedIdentities")).Keys);
        Assert.Equal(identity.Id, app.Property("properties", "keyVaultReferenceIdentity"));
    }

    [Fact]
    public void App_answers_only_over_https_with_tls_1_2()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);

        Assert.Equal(true, app.Property("properties", "httpsOnly"));
        Assert.Equal("1.2", app.Property("properties", "siteConfig", "minTlsVersion"));
        Assert.Equal("Disabled", app.Property("properties", "siteConfig", "ftpsState"));
    }

    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void Basic_auth_publishing_is_switched_off(string channel)
    {
        var policy = template.Deployed.Named("Microsoft.Web/sites/basicPublishingCredentialsPolicies", channel);

        Assert.Equal(false, policy.Property("properties", "allow"));
    }

    [Fact]
    public void App_carries_the_azd_service_tag_named_in_azure_yaml()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);

        Assert.Equal("intake", app.Property("tags", "azd-service-name"));
    }
}
