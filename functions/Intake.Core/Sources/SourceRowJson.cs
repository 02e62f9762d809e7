using System.Text.Json;

namespace Intake.Core.Sources;

/// <summary>
/// The JSON shape of a row in the evidence store and in an export: one flat object, values typed
/// where JSON has a type (numbers, booleans, null) and ISO 8601 text for dates.
/// </summary>
public static class SourceRowJson
{
    public static void Write(Utf8JsonWriter writer, SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        writer.WriteStartObject();
        foreach (var (name, value) in row.Fields)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long or int or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            default:
                writer.WriteStringValue(CellValue.Format(value));
                break;
        }
    }

    /// <summary>Reads one JSON Lines row back. Nested values (which our connectors never write) are kept as their JSON text.</summary>
    public static SourceRow Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A row must be a JSON object.");
        }

        return new SourceRow(document.RootElement.EnumerateObject()
            .Select(p => new KeyValuePair<string, object?>(p.Name, ToValue(p.Value))));
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => element.GetDecimal(),
        _ => element.GetRawText(),
    };
}
