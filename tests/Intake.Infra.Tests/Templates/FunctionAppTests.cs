using Intake.Infra.Tests.Arm;
using YamlDotNet.RepresentationModel;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class FunctionAppTests(MainTemplateFixture template)
{
    private ArmModule Module => IntakeResources.FunctionAppModule(template.Main);

    private ArmResource App => IntakeResources.FunctionApp(template.Main);

    internal static void AssertFlexConsumptionPlan(ArmTemplate main)
    {
        var plan = IntakeResources.FunctionAppModule(main).Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Value("sku", "name"));
        Assert.Equal("FlexConsumption", plan.Value("sku", "tier"));
        Assert.Equal(true, plan.Value("properties", "reserved"));
    }

    [Fact]
    public void Plan_is_flex_consumption_fc1_on_linux()
    {
        AssertFlexConsumptionPlan(template.Main);
    }

    [Fact]
    public void App_runs_on_that_plan_as_a_linux_function_app()
    {
        var plan = Module.Template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("functionapp,linux", App.Value("kind"));
        Assert.Equal("[parameters('planName')]", plan.Name);
        ArmAssert.Expression("[resourceId('Microsoft.Web/serverfarms', parameters('planName'))]", App.At("properties", "serverFarmId"));
    }

    [Fact]
    public void App_runs_dotnet_isolated_10()
    {
        Assert.Equal("dotnet-isolated", App.Value("properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", App.Value("properties", "functionAppConfig", "runtime", "version"));
    }

    [Fact]
    public void App_deploys_from_the_package_container_using_its_identity()
    {
        string[] storagePath = ["properties", "functionAppConfig", "deployment", "storage"];
        var storage = IntakeResources.Storage(template.Main);

        Assert.Equal("blobContainer", App.Value([.. storagePath, "type"]));
        ArmAssert.Expression("[format('{0}{1}', parameters('storageBlobEndpoint'), parameters('deploymentContainerName'))]", App.At([.. storagePath, "value"]));
        Assert.Equal("UserAssignedIdentity", App.Value([.. storagePath, "authentication", "type"]));
        ArmAssert.Expression("[parameters('identityId')]", App.At([.. storagePath, "authentication", "userAssignedIdentityResourceId"]));

        // The endpoint and the container are the storage module's own, the identity the app's one.
        ArmAssert.Expression(Expressions.ModuleOutput("storage", "blobEndpoint"), Module.Passes("storageBlobEndpoint"));
        ArmAssert.Expression(
            $"[reference(resourceId('Microsoft.Storage/storageAccounts', parameters('accountName')), {ArmAssert.AnyApiVersion}).primaryEndpoints.blob]",
            storage.Template.Output("blobEndpoint"));
        ArmAssert.Expression(Expressions.ModuleOutput("storage", "deploymentContainerName"), Module.Passes("deploymentContainerName"));
        ArmAssert.Expression("[parameters('deploymentContainerName')]", storage.Template.Output("deploymentContainerName"));
        Assert.Equal("app-package", ArmJson.Literal(template.Main.Variable("names", "deploymentContainer")));
        ArmAssert.Expression(IntakeResources.IdentityId, Module.Passes("identityId"));
    }

    [Fact]
    public void App_scales_within_the_configured_memory_and_instance_limits()
    {
        ArmAssert.Expression("[parameters('instanceMemoryMB')]", App.At("properties", "functionAppConfig", "scaleAndConcurrency", "instanceMemoryMB"));
        ArmAssert.Expression("[parameters('maximumInstanceCount')]", App.At("properties", "functionAppConfig", "scaleAndConcurrency", "maximumInstanceCount"));
        ArmAssert.Expression("[parameters('instanceMemoryMB')]", Module.Passes("instanceMemoryMB"));
        ArmAssert.Expression("[parameters('maximumInstanceCount')]", Module.Passes("maximumInstanceCount"));
    }

    [Fact]
    public void App_runs_only_as_the_user_assigned_identity_and_resolves_key_vault_references_with_it()
    {
        Assert.Equal("UserAssigned", App.Value("identity", "type"));
        Assert.Equal(["[format('{0}', parameters('identityId'))]"], App.At("identity", "userAssignedIdentities")!.AsObject().Select(pair => pair.Key));
        ArmAssert.Expression("[parameters('identityId')]", App.At("properties", "keyVaultReferenceIdentity"));
        ArmAssert.Expression(IntakeResources.IdentityId, Module.Passes("identityId"));
    }

    [Fact]
    public void App_answers_only_over_https_with_tls_1_2()
    {
        Assert.Equal(true, App.Value("properties", "httpsOnly"));
        Assert.Equal("1.2", App.Value("properties", "siteConfig", "minTlsVersion"));
        Assert.Equal("Disabled", App.Value("properties", "siteConfig", "ftpsState"));
    }

    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void Basic_auth_publishing_is_switched_off(string channel)
    {
        var policy = Assert.Single(
            Module.Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            resource => resource.Name == $"[format('{{0}}/{{1}}', parameters('appName'), '{channel}')]");

        Assert.Equal(false, policy.Value("properties", "allow"));
    }

    [Fact]
    public void App_carries_the_azd_service_tag_named_in_azure_yaml()
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(RepositoryLayout.AzureYaml)))
        {
            stream.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("services")];
        var service = Assert.Single(services.Children).Key.ToString();

        ArmAssert.Expression("[union(parameters('tags'), createObject('azd-service-name', parameters('azdServiceName')))]", App.At("tags"));
        Assert.Equal(service, Module.Template.DefaultOf("azdServiceName"));
        Assert.Null(Module.Passes("azdServiceName"));
    }
}
