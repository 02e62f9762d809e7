using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>One resource declaration in a compiled template, read as written.</summary>
public sealed class ArmResource(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string Type => ArmJson.Text(Json["type"]);

    /// <summary>The name as written: a literal, or an expression such as <c>[parameters('appName')]</c>.</summary>
    public string Name => ArmJson.Text(Json["name"]);

    /// <summary>The count expression of a resource loop (<c>copy.count</c>), or null for a single resource.</summary>
    public string? CopyCount => Json["copy"]?["count"] is { } count ? ArmJson.Text(count) : null;

    /// <summary>The scope of an extension resource such as a role assignment, or null when it has none.</summary>
    public string? Scope => Json["scope"] is { } scope ? ArmJson.Text(scope) : null;

    public IReadOnlyList<string> DependsOn => Json["dependsOn"] is { } dependsOn ? ArmJson.Texts(dependsOn) : [];

    public JsonNode? At(params string[] path) => ArmJson.At(Json, path);

    /// <summary>The scalar at a path (string, bool, long), or null.</summary>
    public object? Value(params string[] path) => ArmJson.Literal(At(path));

    public bool Has(params string[] path) => At(path) is not null;

    public override string ToString() => $"{Type} {Name}";
}
