using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Reads values out of compiled ARM JSON as they are written. An expression stays the string
/// Bicep wrote (<c>"[parameters('x')]"</c>): the tests compare that text and never evaluate it.
/// </summary>
public static class ArmJson
{
    /// <summary>The node at a path of property names, or null where the path ends early.</summary>
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var name in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>
    /// A JSON scalar as a CLR value (string, bool, long), so <c>Assert.Equal(false, ...)</c> reads
    /// naturally; objects and arrays come back as their JSON text.
    /// </summary>
    public static object? Literal(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => node.GetValue<long>(),
        _ => node.ToJsonString(),
    };

    /// <summary>A string value (a literal or an expression); fails the test when the node is anything else.</summary>
    public static string Text(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new Xunit.Sdk.XunitException($"Expected a string, found {node?.ToJsonString() ?? "nothing"}.");

    /// <summary>The strings of a JSON array.</summary>
    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(Text).ToList()
            : throw new Xunit.Sdk.XunitException($"Expected an array, found {node?.ToJsonString() ?? "nothing"}.");
}
