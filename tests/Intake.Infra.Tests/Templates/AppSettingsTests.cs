using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class AppSettingsTests(MainTemplateFixture template)
{
    private IReadOnlyDictionary<string, object?> Settings => IntakeResources.AppSettings(template.Deployed);

    internal static void AssertSecretsAreKeyVaultReferences(EvaluatedTemplate deployed)
    {
        var settings = IntakeResources.AppSettings(deployed);
        foreach (var (setting, secretName) in new[]
        {
            ("SendGrid__ApiKey", "SendGridApiKey"),
            ("Tokens__SigningKey", "TokenSigningKey"),
            ("Inbound__SendGridSecret", "InboundSendGridSecret"),
        })
        {
            var secret = deployed.Named(IntakeResources.SecretType, secretName);
            Assert.True(settings.ContainsKey(setting), $"No app setting {setting}.");
            Assert.Equal(IntakeResources.KeyVaultReferenceTo(secret), ArmValue.Text(settings[setting]));
        }
    }

    [Fact]
    public void Secrets_reach_the_app_only_as_key_vault_references()
    {
        AssertSecretsAreKeyVaultReferences(template.Deployed);
    }

    [Fact]
    public void No_setting_contains_a_secret_value()
    {
        foreach (var (name, value) in Settings)
        {
            foreach (var secret in TestParameters.SecretValues)
            {
                Assert.False(
                    ArmValue.Text(value).Contains(secret, StringComparison.Ordinal),
                    $"App setting {name} carries a secret value instead of a Key Vault reference.");
            }
        }
    }

    [Fact]
    public void Host_storage_connects_with_the_managed_identity_not_a_connection_string()
    {
        var account = template.Deployed.Single("Microsoft.Storage/storageAccounts");

        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"), "A connection string would need a shared key, which the account refuses.");
        Assert.Equal(account.Name, Settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", Settings["AzureWebJobsStorage__credential"]);
        Assert.Equal(IntakeResources.IdentityRuntimeValue(template.Deployed, "clientId"), ArmValue.Text(Settings["AzureWebJobsStorage__clientId"]));
    }

    [Fact]
    public void Intake_storage_settings_name_the_account_and_the_identity()
    {
        var account = template.Deployed.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(account.Name, Settings["Storage__AccountName"]);
        Assert.Equal(IntakeResources.IdentityRuntimeValue(template.Deployed, "clientId"), ArmValue.Text(Settings["Storage__ClientId"]));
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
        var component = template.Deployed.Single("Microsoft.Insights/components");
        var clientId = IntakeResources.IdentityRuntimeValue(template.Deployed, "clientId");

        Assert.Equal($"reference({component.Id}).ConnectionString", ArmValue.Text(Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]));
        Assert.Equal($"ClientId=«{clientId}»;Authorization=AAD", ArmValue.Text(Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]));
    }

    [Fact]
    public void Public_base_url_is_the_apps_own_https_host_name()
    {
        var app = IntakeResources.FunctionApp(template.Deployed);

        Assert.Equal($"https://«reference({app.Id}).defaultHostName»", ArmValue.Text(Settings["Intake__PublicBaseUrl"]));
    }

    [Fact]
    public void Sender_comes_from_the_parameters()
    {
        var settings = IntakeResources.AppSettings(template.Compiled.Evaluate(("senderName", "Tietosuoja")));

        Assert.Equal(TestParameters.SenderEmail, settings["SendGrid__FromEmail"]);
        Assert.Equal("Tietosuoja", settings["SendGrid__FromName"]);
    }

    [Fact]
    public void Download_and_retention_settings_default_to_seven_days_ten_minutes_three_years()
    {
        Assert.Equal("7", Settings["Downloads__LinkDays"]);
        Assert.Equal("10", Settings["Downloads__SasMinutes"]);
        Assert.Equal("3", Settings["Process__RetentionYears"]);
    }

    [Fact]
    public void Download_and_retention_settings_follow_their_parameters()
    {
        var settings = IntakeResources.AppSettings(template.Compiled.Evaluate(
            ("downloadLinkDays", 14L), ("downloadSasMinutes", 5L), ("retentionYears", 6L)));

        Assert.Equal("14", settings["Downloads__LinkDays"]);
        Assert.Equal("5", settings["Downloads__SasMinutes"]);
        Assert.Equal("6", settings["Process__RetentionYears"]);
    }
}
