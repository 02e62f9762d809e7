using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// One template being evaluated: its parameter values, its variables, the copy-loop index of the
/// resource at hand, and the nested deployments (Bicep modules) it declares, so
/// <c>reference(...).outputs</c> of a module resolves to that module's evaluated outputs.
/// </summary>
public sealed class TemplateScope
{
    private const string DeploymentsType = "Microsoft.Resources/deployments";

    private readonly IReadOnlyDictionary<string, object?> suppliedParameters;
    private readonly SharedState shared;

    private TemplateScope(
        JsonObject template,
        IReadOnlyDictionary<string, object?> suppliedParameters,
        DeploymentEnvironment environment,
        long? copyIndex,
        SharedState shared)
    {
        Template = template;
        this.suppliedParameters = suppliedParameters;
        Environment = environment;
        CopyIndex = copyIndex;
        this.shared = shared;
    }

    public JsonObject Template { get; }

    public DeploymentEnvironment Environment { get; }

    public long? CopyIndex { get; }

    public static TemplateScope ForTemplate(
        JsonObject template,
        IReadOnlyDictionary<string, object?> parameters,
        DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(environment);
        var supplied = parameters.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        return new TemplateScope(template, supplied, environment, null, new SharedState());
    }

    public TemplateScope WithCopyIndex(long index) =>
        new(Template, suppliedParameters, Environment, index, shared);

    public object? Parameter(string name)
    {
        if (shared.Parameters.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var definition = Member(Template["parameters"], name)
            ?? throw new KeyNotFoundException($"The template declares no parameter '{name}'.");
        object? value;
        if (suppliedParameters.TryGetValue(name, out var supplied))
        {
            value = supplied;
        }
        else if (definition.AsObject().TryGetPropertyValue("defaultValue", out var defaultValue))
        {
            value = WithoutCopyIndex().Evaluate(defaultValue);
        }
        else
        {
            throw new InvalidOperationException($"Parameter '{name}' has no default and no value was supplied.");
        }

        shared.Parameters[name] = value;
        return value;
    }

    public object? Variable(string name)
    {
        if (shared.Variables.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var definition = Member(Template["variables"], name)
            ?? throw new KeyNotFoundException($"The template declares no variable '{name}'.");
        var value = WithoutCopyIndex().Evaluate(definition);
        shared.Variables[name] = value;
        return value;
    }

    /// <summary>Evaluates every expression in a JSON node, object keys included.</summary>
    public object? Evaluate(JsonNode? node) => node switch
    {
        JsonObject obj => EvaluateObject(obj),
        JsonArray array => array.Select(Evaluate).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => EvaluateString(text),
        _ => ArmValue.FromJson(node),
    };

    /// <summary>
    /// A string in a template is an expression when it is wrapped in brackets; a leading
    /// <c>[[</c> escapes a literal bracket.
    /// </summary>
    public object? EvaluateString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return text[1..];
        }

        return text.StartsWith('[') && text.EndsWith(']')
            ? ArmExpressionReader.Evaluate(text[1..^1], this)
            : text;
    }

    /// <summary>
    /// <c>reference(id)</c>: a module's deployment yields its evaluated outputs; any other
    /// resource's runtime state is known only to Azure.
    /// </summary>
    public object? Reference(string resourceId)
    {
        foreach (var node in ResourceNodes(Template))
        {
            if (Type(node) != DeploymentsType || node["copy"] is not null)
            {
                continue;
            }

            var name = ArmValue.AsString(Evaluate(node["name"]));
            var id = ResourceIds.InResourceGroup(Environment, DeploymentsType, [name]);
            if (string.Equals(id, resourceId, StringComparison.OrdinalIgnoreCase))
            {
                var outputs = ArmValue.NewObject();
                foreach (var (outputName, value) in NestedDeployment(node).Outputs())
                {
                    var output = ArmValue.NewObject();
                    output["value"] = value;
                    outputs[outputName] = output;
                }

                var result = ArmValue.NewObject();
                result["outputs"] = outputs;
                return result;
            }
        }

        return new Unresolved($"reference({resourceId})");
    }

    /// <summary>The scope of a module: its own template, with the parameters this scope passes.</summary>
    public TemplateScope NestedDeployment(JsonObject deploymentResource)
    {
        ArgumentNullException.ThrowIfNull(deploymentResource);
        var name = ArmValue.Render(Evaluate(deploymentResource["name"]));
        if (shared.Deployments.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var properties = deploymentResource["properties"]?.AsObject()
            ?? throw new InvalidOperationException($"Deployment '{name}' has no properties.");
        var evaluationScope = properties["expressionEvaluationOptions"]?["scope"]?.GetValue<string>();
        if (!string.Equals(evaluationScope, "inner", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"Deployment '{name}' evaluates in the outer scope; only inner scope is supported.");
        }

        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (parameterName, parameter) in properties["parameters"]?.AsObject() ?? [])
        {
            parameters[parameterName] = Evaluate(parameter?["value"]);
        }

        var nested = new TemplateScope(
            properties["template"]?.AsObject() ?? throw new InvalidOperationException($"Deployment '{name}' has no inline template."),
            parameters,
            Environment,
            null,
            new SharedState());
        shared.Deployments[name] = nested;
        return nested;
    }

    public IReadOnlyDictionary<string, object?> Outputs()
    {
        var outputs = ArmValue.NewObject();
        foreach (var (name, output) in Template["outputs"]?.AsObject() ?? [])
        {
            outputs[name] = Evaluate(output?["value"]);
        }

        return outputs;
    }

    /// <summary>Resources of a template, in either the array or the symbolic-name object form.</summary>
    public static IEnumerable<JsonObject> ResourceNodes(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var resources = template["resources"] switch
        {
            JsonArray array => array.AsEnumerable(),
            JsonObject symbolic => symbolic.Select(pair => pair.Value),
            _ => [],
        };
        return resources.OfType<JsonObject>().Where(node => node["existing"]?.GetValue<bool>() != true);
    }

    public static string Type(JsonObject resource) =>
        resource["type"]?.GetValue<string>() ?? throw new InvalidOperationException("A resource without a type.");

    private TemplateScope WithoutCopyIndex() =>
        CopyIndex is null ? this : new(Template, suppliedParameters, Environment, null, shared);

    private Dictionary<string, object?> EvaluateObject(JsonObject obj)
    {
        var result = ArmValue.NewObject();
        foreach (var (key, value) in obj)
        {
            result[ArmValue.Render(EvaluateString(key))] = Evaluate(value);
        }

        return result;
    }

    private static JsonNode? Member(JsonNode? section, string name) =>
        section?.AsObject().FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private sealed class SharedState
    {
        public Dictionary<string, object?> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, object?> Variables { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, TemplateScope> Deployments { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
