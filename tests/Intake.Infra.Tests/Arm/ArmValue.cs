using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// The values an ARM template evaluates to: <see cref="string"/>, <see cref="long"/>,
/// <see cref="bool"/>, <c>null</c>, lists, objects (keys compared case-insensitively, as ARM
/// does) and <see cref="Unresolved"/> deploy-time values.
/// </summary>
public static class ArmValue
{
    public static Dictionary<string, object?> NewObject() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A JSON literal as a value, without evaluating expressions inside it.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(pair => pair.Key, pair => FromJson(pair.Value), StringComparer.OrdinalIgnoreCase),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.GetValue<long>(),
            _ => null,
        },
        _ => throw new NotSupportedException($"JSON node {node.GetType().Name}"),
    };

    /// <summary>
    /// The text a value stands for: a string as is, a deploy-time value as the text it is made
    /// of, anything else as ARM's <c>string()</c> would render it.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        Unresolved unresolved => unresolved.Text,
        _ => Render(value),
    };

    /// <summary>How a value reads inside a larger string; deploy-time parts are marked «…».</summary>
    public static string Render(object? value) => value switch
    {
        null => "",
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        Unresolved unresolved => unresolved.ToString(),
        IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> => ToJson(value),
        _ => throw new NotSupportedException($"ARM value of type {value.GetType().Name}"),
    };

    /// <summary>Joins parts into one string, or into an <see cref="Unresolved"/> if any part is one.</summary>
    public static object Compose(IEnumerable<object?> parts)
    {
        var text = new StringBuilder();
        var resolved = true;
        foreach (var part in parts)
        {
            resolved &= part is not Unresolved;
            text.Append(Render(part));
        }

        return resolved ? text.ToString() : new Unresolved(text.ToString());
    }

    public static object? Member(object? value, string name) => value switch
    {
        Unresolved unresolved => new Unresolved($"{unresolved.Text}.{name}"),
        IReadOnlyDictionary<string, object?> obj => obj.TryGetValue(name, out var member)
            ? member
            : throw new KeyNotFoundException($"No property '{name}' in {{{string.Join(", ", obj.Keys)}}}."),
        _ => throw new InvalidOperationException($"Cannot read property '{name}' of {Render(value)}."),
    };

    /// <summary>The value at a path of property names; throws naming the missing step.</summary>
    public static object? At(object? value, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var name in path)
        {
            value = Member(value, name);
        }

        return value;
    }

    public static object? Index(object? value, object? index) => (value, index) switch
    {
        (Unresolved unresolved, _) => new Unresolved($"{unresolved.Text}[{Render(index)}]"),
        (_, Unresolved unresolved) => new Unresolved($"{Render(value)}[{unresolved.Text}]"),
        (IReadOnlyList<object?> list, long position) => list[checked((int)position)],
        (IReadOnlyDictionary<string, object?>, string name) => Member(value, name),
        _ => throw new InvalidOperationException($"Cannot index {Render(value)} with {Render(index)}."),
    };

    public static IReadOnlyDictionary<string, object?> AsObject(object? value) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new InvalidOperationException($"Expected an object, found {Describe(value)}.");

    public static IReadOnlyList<object?> AsList(object? value) =>
        value as IReadOnlyList<object?>
        ?? throw new InvalidOperationException($"Expected an array, found {Describe(value)}.");

    public static string AsString(object? value) =>
        value as string ?? throw new InvalidOperationException($"Expected a string, found {Describe(value)}.");

    public static long AsLong(object? value) =>
        value as long? ?? throw new InvalidOperationException($"Expected an integer, found {Describe(value)}.");

    public static bool AsBool(object? value) =>
        value as bool? ?? throw new InvalidOperationException($"Expected a boolean, found {Describe(value)}.");

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} {Render(value)}";

    private static string ToJson(object? value) => JsonSerializer.Serialize(ToJsonNode(value));

    private static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> obj => new JsonObject(obj.Select(pair =>
            KeyValuePair.Create(pair.Key, ToJsonNode(pair.Value)))),
        IReadOnlyList<object?> list => new JsonArray(list.Select(ToJsonNode).ToArray()),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        Unresolved unresolved => JsonValue.Create(unresolved.ToString()),
        _ => throw new NotSupportedException($"ARM value of type {value.GetType().Name}"),
    };
}
