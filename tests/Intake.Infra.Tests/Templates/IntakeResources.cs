using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

/// <summary>The parts of the compiled Intake deployment that several tests look at.</summary>
public static class IntakeResources
{
    public const string SiteType = "Microsoft.Web/sites";

    public const string AppSettingsType = "Microsoft.Web/sites/config";

    public const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";

    public const string SecretType = "Microsoft.KeyVault/vaults/secrets";

    /// <summary>How main.bicep names the app's identity wherever it passes the identity's id.</summary>
    public const string IdentityId = "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('names').identity)]";

    /// <summary>
    /// Hashes the subscription, the resource group and the prefix into 13 lowercase letters and
    /// digits (uniqueString's fixed length): stable between deployments of one environment,
    /// different between environments.
    /// </summary>
    public const string ResourceToken = "[toLower(uniqueString(subscription().id, resourceGroup().id, parameters('namePrefix')))]";

    /// <summary>A property of the identity that only Azure knows (clientId, principalId), as main.bicep passes it on.</summary>
    public static string IdentityReference(string property) =>
        $"[reference({IdentityId[1..^1]}, {ArmAssert.AnyApiVersion}).{property}]";

    public static ArmModule Storage(ArmTemplate main) => main.Module("storage");

    public static ArmModule Vault(ArmTemplate main) => main.Module("vault");

    public static ArmModule Access(ArmTemplate main) => main.Module("access");

    public static ArmModule Monitoring(ArmTemplate main) => main.Module("monitoring");

    public static ArmModule FunctionAppModule(ArmTemplate main) => main.Module("functionApp");

    public static ArmResource FunctionApp(ArmTemplate main) => FunctionAppModule(main).Template.Single(SiteType);

    /// <summary>The Function App's application settings: setting name to the value or expression it is given.</summary>
    public static JsonObject AppSettings(ArmTemplate main)
    {
        Assert.Equal("[parameters('appName')]", FunctionApp(main).Name);
        return SiteConfig(main, "appsettings").At("properties")!.AsObject();
    }

    /// <summary>The App Service Authentication settings of the Function App (<c>authsettingsV2</c>).</summary>
    public static ArmResource Authentication(ArmTemplate main) => SiteConfig(main, "authsettingsV2");

    /// <summary>One <c>Microsoft.Web/sites/config</c> resource of the app, by its name.</summary>
    private static ArmResource SiteConfig(ArmTemplate main, string name) =>
        Assert.Single(
            FunctionAppModule(main).Template.OfType(AppSettingsType),
            config => config.Name == $"[format('{{0}}/{{1}}', parameters('appName'), '{name}')]");
}
