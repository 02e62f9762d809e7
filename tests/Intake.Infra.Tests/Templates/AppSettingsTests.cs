using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class AppSettingsTests(MainTemplateFixture template)
{
    private JsonObject Settings => IntakeResources.AppSettings(template.Main);

    private ArmModule FunctionAppModule => IntakeResources.FunctionAppModule(template.Main);

    internal static void AssertSecretsAreKeyVaultReferences(ArmTemplate main)
    {
        var settings = IntakeResources.AppSettings(main);
        var functionApp = IntakeResources.FunctionAppModule(main);
        var vault = IntakeResources.Vault(main);
        Assert.Equal("@Microsoft.KeyVault(SecretUri={0})", ArmJson.Literal(functionApp.Template.Variable("keyVaultReference")));
        foreach (var (setting, secretName, uriParameter) in new[]
        {
            ("SendGrid__ApiKey", "SendGridApiKey", "sendGridApiKeyUri"),
            ("Tokens__SigningKey", "TokenSigningKey", "tokenSigningKeyUri"),
            ("Inbound__SendGridSecret", "InboundSendGridSecret", "inboundSendGridSecretUri"),
        })
        {
            // Setting -> a Key Vault reference to the URI the module is given -> the vault
            // module's output -> the versionless URI of that very secret.
            Assert.True(settings.ContainsKey(setting), $"No app setting {setting}.");
            ArmAssert.Expression($"[format(variables('keyVaultReference'), parameters('{uriParameter}'))]", settings[setting]);
            ArmAssert.Expression(Expressions.ModuleOutput("vault", uriParameter), functionApp.Passes(uriParameter));
            ArmAssert.Expression(
                $"[reference(resourceId('Microsoft.KeyVault/vaults/secrets', parameters('vaultName'), '{secretName}'), {ArmAssert.AnyApiVersion}).secretUri]",
                vault.Template.Output(uriParameter));
        }
    }

    [Fact]
    public void Secrets_reach_the_app_only_as_key_vault_references()
    {
        AssertSecretsAreKeyVaultReferences(template.Main);
    }

    [Fact]
    public void No_setting_contains_a_secret_value()
    {
        // The settings can only hold what the module is given: it takes no secure parameter, and
        // main.bicep passes it nothing read from its own secure parameters.
        Assert.Empty(FunctionAppModule.Template.SecureParameters);
        var passed = FunctionAppModule.Deployment.At("properties", "parameters")!.AsObject();
        foreach (var (name, value) in passed)
        {
            var text = value!.ToJsonString();
            Assert.All(template.Main.SecureParameters, secure => Assert.False(
                Expressions.Reads(text, secure), $"main.bicep passes the secure parameter {secure} to the Function App as {name}."));
        }
    }

    [Fact]
    public void Host_storage_connects_with_the_managed_identity_not_a_connection_string()
    {
        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"), "A connection string would need a shared key, which the account refuses.");
        ArmAssert.Expression("[parameters('storageAccountName')]", Settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", ArmJson.Literal(Settings["AzureWebJobsStorage__credential"]));
        ArmAssert.Expression("[parameters('identityClientId')]", Settings["AzureWebJobsStorage__clientId"]);

        ArmAssert.Expression(Expressions.ModuleOutput("storage", "accountName"), FunctionAppModule.Passes("storageAccountName"));
        ArmAssert.Expression("[parameters('accountName')]", IntakeResources.Storage(template.Main).Template.Output("accountName"));
        ArmAssert.Expression(IntakeResources.IdentityReference("clientId"), FunctionAppModule.Passes("identityClientId"));
    }

    [Fact]
    public void Intake_storage_settings_name_the_account_and_the_identity()
    {
        ArmAssert.Expression("[parameters('storageAccountName')]", Settings["Storage__AccountName"]);
        ArmAssert.Expression("[parameters('identityClientId')]", Settings["Storage__ClientId"]);
        ArmAssert.Expression(Expressions.ModuleOutput("storage", "accountName"), FunctionAppModule.Passes("storageAccountName"));
        ArmAssert.Expression(IntakeResources.IdentityReference("clientId"), FunctionAppModule.Passes("identityClientId"));
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    public void Flex_consumption_settings_leave_out_what_function_app_config_replaces(string setting)
    {
        Assert.False(Settings.ContainsKey(setting), $"{setting} is rejected on Flex Consumption.");
    }

    [Fact]
    public void Telemetry_goes_to_application_insights_authenticated_by_the_identity()
    {
        ArmAssert.Expression("[parameters('applicationInsightsConnectionString')]", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        ArmAssert.Expression(Expressions.ModuleOutput("monitoring", "connectionString"), FunctionAppModule.Passes("applicationInsightsConnectionString"));
        ArmAssert.Expression(
            $"[reference(resourceId('Microsoft.Insights/components', parameters('applicationInsightsName')), {ArmAssert.AnyApiVersion}).ConnectionString]",
            IntakeResources.Monitoring(template.Main).Template.Output("connectionString"));
        ArmAssert.Expression("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void Public_base_url_is_the_apps_own_https_host_name()
    {
        ArmAssert.Expression(
            $"[format('https://{{0}}', reference(resourceId('Microsoft.Web/sites', parameters('appName')), {ArmAssert.AnyApiVersion}).defaultHostName)]",
            Settings["Intake__PublicBaseUrl"]);
    }

    [Fact]
    public void Sender_comes_from_the_parameters()
    {
        ArmAssert.Expression("[parameters('senderEmail')]", Settings["SendGrid__FromEmail"]);
        ArmAssert.Expression("[parameters('senderName')]", Settings["SendGrid__FromName"]);
        ArmAssert.Expression("[parameters('senderEmail')]", FunctionAppModule.Passes("senderEmail"));
        ArmAssert.Expression("[parameters('senderName')]", FunctionAppModule.Passes("senderName"));
        Assert.False(template.Main.Parameter("senderEmail").ContainsKey("defaultValue"), "Every deployment names its own verified sender.");
        Assert.Equal("Intake", template.Main.DefaultOf("senderName"));
    }

    [Fact]
    public void Download_and_retention_settings_default_to_seven_days_ten_minutes_three_years()
    {
        Assert.Equal(7L, template.Main.DefaultOf("downloadLinkDays"));
        Assert.Equal(10L, template.Main.DefaultOf("downloadSasMinutes"));
        Assert.Equal(3L, template.Main.DefaultOf("retentionYears"));
    }

    [Theory]
    [InlineData("Downloads__LinkDays", "downloadLinkDays")]
    [InlineData("Downloads__SasMinutes", "downloadSasMinutes")]
    [InlineData("Process__RetentionYears", "retentionYears")]
    public void Download_and_retention_settings_follow_their_parameters(string setting, string parameter)
    {
        // App settings are strings: the number is converted, not written as a literal.
        ArmAssert.Expression($"[string(parameters('{parameter}'))]", Settings[setting]);
        ArmAssert.Expression(Expressions.Parameter(parameter), FunctionAppModule.Passes(parameter));
    }
}
