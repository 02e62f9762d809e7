namespace Intake.Infra.Tests.Arm;

/// <summary>Builds resource ids the way ARM's resourceId family of functions does.</summary>
public static class ResourceIds
{
    /// <summary>
    /// <c>/providers/Microsoft.KeyVault/vaults/{vault}/secrets/{secret}</c> from the type
    /// <c>Microsoft.KeyVault/vaults/secrets</c> and the names <c>[vault, secret]</c>.
    /// </summary>
    public static string ProviderPath(string type, IReadOnlyList<string> names)
    {
        var segments = type.Split('/');
        var typeSegments = segments.Skip(1).ToList();
        if (typeSegments.Count == 0 || typeSegments.Count != names.Count)
        {
            throw new ArgumentException(
                $"Type '{type}' needs {typeSegments.Count} name segment(s), got [{string.Join(", ", names)}].");
        }

        var path = $"/providers/{segments[0]}";
        for (var i = 0; i < typeSegments.Count; i++)
        {
            path += $"/{typeSegments[i]}/{names[i]}";
        }

        return path;
    }

    /// <summary>The id of a resource in the environment's resource group.</summary>
    public static string InResourceGroup(DeploymentEnvironment environment, string type, IReadOnlyList<string> names) =>
        environment.ResourceGroupResourceId + ProviderPath(type, names);

    /// <summary>
    /// The id of a deployed resource from its type and full name (<c>vault/secret</c>);
    /// extension resources such as role assignments hang below their scope.
    /// </summary>
    public static string ForResource(DeploymentEnvironment environment, string type, string fullName, string? scope)
    {
        var names = fullName.Split('/');
        var path = ProviderPath(type, names);
        return scope is null ? environment.ResourceGroupResourceId + path : scope + path;
    }
}
