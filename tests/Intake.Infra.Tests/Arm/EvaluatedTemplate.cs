using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// A compiled ARM template evaluated for given parameters: every resource it would deploy,
/// modules flattened, copy loops expanded, conditions applied, and its outputs. This lets the
/// tests check what Azure would be asked to create, not the shape of the Bicep source.
/// </summary>
public sealed class EvaluatedTemplate
{
    private const string DeploymentsType = "Microsoft.Resources/deployments";

    private EvaluatedTemplate(IReadOnlyList<DeployedResource> resources, IReadOnlyDictionary<string, object?> outputs)
    {
        Resources = resources;
        Outputs = outputs;
    }

    public IReadOnlyList<DeployedResource> Resources { get; }

    public IReadOnlyDictionary<string, object?> Outputs { get; }

    public static EvaluatedTemplate Evaluate(
        JsonObject template,
        IReadOnlyDictionary<string, object?> parameters,
        DeploymentEnvironment? environment = null)
    {
        var scope = TemplateScope.ForTemplate(template, parameters, environment ?? DeploymentEnvironment.Test);
        var resources = new List<DeployedResource>();
        Collect(scope, "", resources);
        return new EvaluatedTemplate(resources, scope.Outputs());
    }

    public IReadOnlyList<DeployedResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The only resource of a type; fails with the list found otherwise.</summary>
    public DeployedResource Single(string type)
    {
        var found = OfType(type);
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"Expected one {type}, found {found.Count}: [{string.Join(", ", found.Select(resource => resource.Name))}].");
    }

    /// <summary>The resource of a type whose last name segment is the given name.</summary>
    public DeployedResource Named(string type, string shortName)
    {
        var found = OfType(type).Where(resource => resource.ShortName == shortName).ToList();
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"Expected one {type} named '{shortName}', found {found.Count} among [{string.Join(", ", OfType(type).Select(resource => resource.Name))}].");
    }

    private static void Collect(TemplateScope scope, string deploymentPath, List<DeployedResource> into)
    {
        foreach (var node in TemplateScope.ResourceNodes(scope.Template))
        {
            var copy = node["copy"]?.AsObject();
            var count = copy is null ? 1 : ArmValue.AsLong(scope.Evaluate(copy["count"]));
            for (var index = 0L; index < count; index++)
            {
                var itemScope = copy is null ? scope : scope.WithCopyIndex(index);
                if (node["condition"] is { } condition && !ArmValue.AsBool(itemScope.Evaluate(condition)))
                {
                    continue;
                }

                var type = TemplateScope.Type(node);
                var isDeployment = string.Equals(type, DeploymentsType, StringComparison.OrdinalIgnoreCase);
                var body = ArmValue.NewObject();
                foreach (var (key, value) in node)
                {
                    if (key == "copy")
                    {
                        continue;
                    }

                    body[key] = isDeployment && key == "properties"
                        ? EvaluateDeploymentProperties(itemScope, value!.AsObject())
                        : itemScope.Evaluate(value);
                }

                var name = ArmValue.Render(body["name"]);
                var resourceScope = body.TryGetValue("scope", out var scopeValue) ? ArmValue.Render(scopeValue) : null;
                var id = ResourceIds.ForResource(scope.Environment, type, name, resourceScope);
                into.Add(new DeployedResource(type, name, id, resourceScope, deploymentPath, body));
                if (isDeployment)
                {
                    var nestedPath = deploymentPath.Length == 0 ? name : $"{deploymentPath}/{name}";
                    Collect(itemScope.NestedDeployment(node), nestedPath, into);
                }
            }
        }
    }

    // A module's inline template is evaluated in its own scope (see Collect); here only the
    // parameters it is given and its other settings are evaluated.
    private static Dictionary<string, object?> EvaluateDeploymentProperties(TemplateScope scope, JsonObject properties)
    {
        var result = ArmValue.NewObject();
        foreach (var (key, value) in properties)
        {
            if (key != "template")
            {
                result[key] = scope.Evaluate(value);
            }
        }

        return result;
    }
}
