using System.Text.Json;

namespace Intake.Core.DataMaps;

/// <summary>
/// The ids a map declares, read straight from the JSON: references are checked against these, so
/// one broken purpose is reported once and not again at every source that names it.
/// </summary>
internal sealed record DeclaredIds(
    IReadOnlySet<string> Purposes,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Rules,
    IReadOnlySet<string> Sources)
{
    public static DeclaredIds From(JsonElement root) => new(
        Keys(root, "purposes"),
        Keys(root, "categories"),
        Keys(root, "retention"),
        SourceIds(root));

    private static HashSet<string> Keys(JsonElement root, string section) =>
        root.TryGetProperty(section, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];

    private static HashSet<string> SourceIds(JsonElement root) =>
        root.TryGetProperty("sources", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                .Select(s => s.GetProperty("id").GetString()!)
                .ToHashSet(StringComparer.Ordinal)
            : [];
}
