namespace Intake.Infra.Tests.Arm;

/// <summary>
/// One resource a template deploys, with every expression evaluated: its type, full name
/// (<c>vault/secret</c>), id, scope for extension resources, the module it comes from, and
/// the evaluated resource body.
/// </summary>
public sealed record DeployedResource(
    string Type,
    string Name,
    string Id,
    string? Scope,
    string DeploymentPath,
    IReadOnlyDictionary<string, object?> Body)
{
    /// <summary>The last segment of the name: <c>secret</c> for <c>vault/secret</c>.</summary>
    public string ShortName => Name.Split('/')[^1];

    public IReadOnlyDictionary<string, object?> Properties => ArmValue.AsObject(Property("properties"));

    /// <summary>The value at a path of property names; throws if any step is missing.</summary>
    public object? Property(params string[] path) => ArmValue.At(Body, path);

    /// <summary>Whether the path exists (its value may still be null).</summary>
    public bool Has(params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        object? value = Body;
        foreach (var name in path)
        {
            if (value is not IReadOnlyDictionary<string, object?> obj || !obj.TryGetValue(name, out value))
            {
                return false;
            }
        }

        return true;
    }
}
