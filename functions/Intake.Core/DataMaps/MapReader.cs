using System.Text.Json;

namespace Intake.Core.DataMaps;

/// <summary>
/// Reads typed fields out of a data map and records every problem with its file, line and path,
/// so one run reports all mistakes instead of the first.
/// </summary>
internal sealed class MapReader(string file, JsonLineIndex lines)
{
    private readonly List<DataMapError> errors = [];

    public IReadOnlyList<DataMapError> Errors => errors;

    public void Error(string path, string message) =>
        errors.Add(new DataMapError(file, lines.LineOf(path), path, message));

    /// <summary>Reports properties the schema does not know: a misspelt field must not be silently ignored.</summary>
    public void OnlyKnown(JsonElement obj, string path, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal) && !property.Name.StartsWith('$'))
            {
                Error(JsonLineIndex.Child(path, property.Name), "unknown field (expected one of: " + string.Join(", ", known) + ")");
            }
        }
    }

    public JsonElement? Property(JsonElement obj, string path, string name, JsonValueKind kind, bool required)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(JsonLineIndex.Child(path, name), "is required");
            }

            return null;
        }

        if (value.ValueKind != kind && !(kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False))
        {
            Error(JsonLineIndex.Child(path, name), "must be " + Describe(kind) + ", not " + Describe(value.ValueKind));
            return null;
        }

        return value;
    }

    public JsonElement? Object(JsonElement obj, string path, string name, bool required) =>
        Property(obj, path, name, JsonValueKind.Object, required);

    public JsonElement? Array(JsonElement obj, string path, string name, bool required) =>
        Property(obj, path, name, JsonValueKind.Array, required);

    public string? String(JsonElement obj, string path, string name, bool required)
    {
        var value = Property(obj, path, name, JsonValueKind.String, required);
        if (value is null)
        {
            return null;
        }

        var text = value.Value.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(JsonLineIndex.Child(path, name), "must not be empty");
            return null;
        }

        return text;
    }

    public string? Identifier(JsonElement obj, string path, string name, bool required)
    {
        var text = String(obj, path, name, required);
        if (text is not null && !PlainIdentifier.IsValid(text))
        {
            Error(JsonLineIndex.Child(path, name), $"column name \"{text}\" is not a plain identifier (letters, digits, underscore; not starting with a digit)");
            return null;
        }

        return text;
    }

    public bool Bool(JsonElement obj, string path, string name, bool fallback) =>
        Property(obj, path, name, JsonValueKind.True, required: false) is { } value ? value.GetBoolean() : fallback;

    public int Int(JsonElement obj, string path, string name, int fallback, int min, int max)
    {
        if (Property(obj, path, name, JsonValueKind.Number, required: false) is not { } value)
        {
            return fallback;
        }

        if (!value.TryGetInt32(out var number) || number < min || number > max)
        {
            Error(JsonLineIndex.Child(path, name), $"must be a whole number from {min} to {max}");
            return fallback;
        }

        return number;
    }

    public LocalizedText? Text(JsonElement obj, string path, string name, bool required)
    {
        var value = Object(obj, path, name, required);
        if (value is null)
        {
            return null;
        }

        var here = JsonLineIndex.Child(path, name);
        OnlyKnown(value.Value, here, "fi", "sv", "en", "et");
        var fi = String(value.Value, here, "fi", required: true);
        var sv = String(value.Value, here, "sv", required: true);
        var en = String(value.Value, here, "en", required: true);
        var et = String(value.Value, here, "et", required: false);
        return fi is null || sv is null || en is null ? null : new LocalizedText(fi, sv, en, et);
    }

    /// <summary>A list of strings, each checked by <paramref name="check"/> (which returns a problem or null).</summary>
    public IReadOnlyList<string> Strings(JsonElement obj, string path, string name, bool required, Func<string, string?> check)
    {
        var array = Array(obj, path, name, required);
        if (array is null)
        {
            return [];
        }

        var result = new List<string>();
        var index = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var itemPath = JsonLineIndex.Item(JsonLineIndex.Child(path, name), index++);
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Error(itemPath, "must be a non-empty string");
                continue;
            }

            var text = item.GetString()!;
            if (check(text) is { } problem)
            {
                Error(itemPath, problem);
                continue;
            }

            result.Add(text);
        }

        return result;
    }

    public IReadOnlyList<string> Identifiers(JsonElement obj, string path, string name, bool required) =>
        Strings(obj, path, name, required, text => PlainIdentifier.IsValid(text)
            ? null
            : $"column name \"{text}\" is not a plain identifier (letters, digits, underscore; not starting with a digit)");

    /// <summary>
    /// The entries of a section keyed by id (<c>purposes</c>, <c>categories</c>, <c>retention</c>):
    /// only those whose id is valid and whose value is an object, with their paths.
    /// </summary>
    public List<(string Id, JsonElement Value, string Path)> Entries(JsonElement root, string section, bool required)
    {
        var entries = new List<(string, JsonElement, string)>();
        if (Object(root, string.Empty, section, required) is not { } obj)
        {
            return entries;
        }

        foreach (var property in obj.EnumerateObject())
        {
            var path = section + "." + property.Name;
            if (DataMapParser.CheckId(this, path, property.Name) && DataMapParser.IsObject(this, property.Value, path))
            {
                entries.Add((property.Name, property.Value, path));
            }
        }

        return entries;
    }

    /// <summary>The object items of a list section (<c>sources</c>, <c>recipients</c>) with their paths; <paramref name="emptyProblem"/> is reported for an empty list.</summary>
    public List<(JsonElement Item, string Path)> Items(JsonElement root, string section, bool required, string? emptyProblem)
    {
        var items = new List<(JsonElement, string)>();
        if (Array(root, string.Empty, section, required) is not { } array)
        {
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonLineIndex.Item(section, index++);
            if (DataMapParser.IsObject(this, item, path))
            {
                items.Add((item, path));
            }
        }

        if (index == 0 && emptyProblem is not null)
        {
            Error(section, emptyProblem);
        }

        return items;
    }

    /// <summary>A JSON primitive as the value a connector writes: null, bool, long, decimal or string.</summary>
    public object? Primitive(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number when value.TryGetInt64(out var whole):
                return whole;
            case JsonValueKind.Number:
                return value.GetDecimal();
            default:
                Error(path, "must be null, true, false, a number or a string");
                return null;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
