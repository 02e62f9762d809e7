using System.Text.Json.Nodes;
using Intake.Infra.Tests.Templates;

namespace Intake.Infra.Tests.Settings;

[Collection(MainTemplateCollection.Name)]
public sealed class LocalSettingsSampleTests(MainTemplateFixture template)
{
    // Settings that exist in Azure only because the app runs as a managed identity there; Core
    // Tools uses the AzureWebJobsStorage connection string to Azurite instead.
    private static readonly HashSet<string> AzureOnly = new(StringComparer.Ordinal)
    {
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "AZURE_CLIENT_ID",
        // App Service Authentication's own settings: Core Tools has no Easy Auth (staff sign-in is off locally).
        "OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID",
        "WEBSITE_AUTH_AAD_ALLOWED_TENANTS",
    };

    private static JsonObject Sample => JsonNode.Parse(File.ReadAllText(RepositoryLayout.LocalSettingsSample))!.AsObject();

    private static JsonObject Values => Sample["Values"]!.AsObject();

    [Fact]
    public void Sample_is_unencrypted_core_tools_settings()
    {
        Assert.False(Sample["IsEncrypted"]!.GetValue<bool>());
    }

    [Fact]
    public void Host_storage_is_azurite_and_the_worker_is_dotnet_isolated()
    {
        Assert.Equal("UseDevelopmentStorage=true", Values["AzureWebJobsStorage"]!.GetValue<string>());
        Assert.Equal("dotnet-isolated", Values["FUNCTIONS_WORKER_RUNTIME"]!.GetValue<string>());
    }

    [Fact]
    public void Sample_names_every_app_setting_the_azure_deployment_sets()
    {
        var deployed = IntakeResources.AppSettings(template.Main).Select(pair => pair.Key).Where(key => !AzureOnly.Contains(key));

        Assert.All(deployed, key => Assert.True(Values.ContainsKey(key), $"local.settings.sample.json lacks {key}."));
    }

    [Fact]
    public void Sample_has_no_setting_the_deployment_does_not_know()
    {
        var deployed = IntakeResources.AppSettings(template.Main).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var localOnly = new[] { "AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME" };

        Assert.All(Values, pair => Assert.True(
            deployed.Contains(pair.Key) || localOnly.Contains(pair.Key),
            $"{pair.Key} is in the sample but not in the Azure app settings; add it to infra/modules/functionApp.bicep or drop it."));
    }

    [Theory]
    [InlineData("SendGrid__ApiKey")]
    [InlineData("Tokens__SigningKey")]
    [InlineData("Inbound__SendGridSecret")]
    public void Secret_placeholders_are_empty(string key)
    {
        Assert.Equal("", Values[key]!.GetValue<string>());
    }

    [Fact]
    public void Every_value_is_a_string_as_core_tools_requires()
    {
        Assert.All(Values, pair => Assert.Equal(System.Text.Json.JsonValueKind.String, pair.Value!.GetValueKind()));
    }
}
