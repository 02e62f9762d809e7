using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// A compiled ARM template (main.bicep's, or a module's inner template) read as written: its
/// parameter declarations, variables, resources and outputs. Nothing is evaluated.
/// </summary>
public sealed class ArmTemplate(JsonObject json)
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    public JsonObject Json { get; } = json;

    public IReadOnlyList<ArmResource> Resources { get; } =
        (json["resources"] as JsonArray ?? []).Select(resource => new ArmResource(resource!.AsObject())).ToList();

    public IReadOnlyDictionary<string, JsonObject> Parameters =>
        (Json["parameters"] as JsonObject ?? []).ToDictionary(pair => pair.Key, pair => pair.Value!.AsObject());

    /// <summary>Output name to the value expression, as written.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Outputs =>
        (Json["outputs"] as JsonObject ?? []).ToDictionary(pair => pair.Key, pair => pair.Value?["value"]);

    public JsonObject Parameter(string name) =>
        Parameters.TryGetValue(name, out var declaration)
            ? declaration
            : throw new Xunit.Sdk.XunitException($"The template declares no parameter '{name}'.");

    public object? DefaultOf(string parameter) => ArmJson.Literal(Parameter(parameter)["defaultValue"]);

    public bool IsSecure(string parameter) =>
        ArmJson.Text(Parameter(parameter)["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> SecureParameters => Parameters.Keys.Where(IsSecure).ToList();

    /// <summary>A variable's value as written, optionally a property inside it (<c>Variable("names", "vault")</c>).</summary>
    public JsonNode Variable(string name, params string[] path) =>
        ArmJson.At(Json["variables"]?[name], path)
        ?? throw new Xunit.Sdk.XunitException($"The template has no variable '{name}{string.Concat(path.Select(part => "." + part))}'.");

    public JsonNode Output(string name) =>
        Outputs.TryGetValue(name, out var value) && value is not null
            ? value
            : throw new Xunit.Sdk.XunitException($"The template has no output '{name}'.");

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type) => Assert.Single(OfType(type));

    public IEnumerable<ArmModule> Modules => OfType(DeploymentType).Select(deployment => new ArmModule(deployment));

    public ArmModule Module(string name) => Assert.Single(Modules, module => module.Name == name);

    /// <summary>This template and every module template under it.</summary>
    public IEnumerable<ArmTemplate> SelfAndModules() =>
        new[] { this }.Concat(Modules.SelectMany(module => module.Template.SelfAndModules()));
}
