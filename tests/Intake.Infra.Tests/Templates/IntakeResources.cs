using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

/// <summary>The resources of the Intake deployment that several tests look at.</summary>
public static class IntakeResources
{
    public const string SiteType = "Microsoft.Web/sites";

    public const string AppSettingsType = "Microsoft.Web/sites/config";

    public const string IdentityType = "Microsoft.ManagedIdentity/userAssignedIdentities";

    public const string SecretType = "Microsoft.KeyVault/vaults/secrets";

    public static DeployedResource FunctionApp(EvaluatedTemplate deployed) => deployed.Single(SiteType);

    public static DeployedResource Identity(EvaluatedTemplate deployed) => deployed.Single(IdentityType);

    /// <summary>The Function App's application settings, as Azure would receive them.</summary>
    public static IReadOnlyDictionary<string, object?> AppSettings(EvaluatedTemplate deployed)
    {
        var settings = deployed.Named(AppSettingsType, "appsettings");
        Assert.Equal($"{FunctionApp(deployed).Name}/appsettings", settings.Name);
        return settings.Properties;
    }

    /// <summary>What a Key Vault reference to the given secret resource reads like once evaluated.</summary>
    public static string KeyVaultReferenceTo(DeployedResource secret) =>
        $"@Microsoft.KeyVault(SecretUri=«reference({secret.Id}).secretUri»)";

    /// <summary>A property of the identity that only Azure knows (clientId, principalId).</summary>
    public static string IdentityRuntimeValue(EvaluatedTemplate deployed, string property) =>
        $"reference({Identity(deployed).Id}).{property}";
}
