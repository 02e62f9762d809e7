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
    /// <remarks>
    /// Reads the tokens straight into the row, without building a document first: an export reads
    /// every row of every source through here.
    /// </remarks>
    public static SourceRow Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A row must be a JSON object.");
        }

        var fields = new List<KeyValuePair<string, object?>>(8);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            fields.Add(new KeyValuePair<string, object?>(name, ToValue(ref reader, line)));
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("A row must be a JSON object.");
        }

        return new SourceRow(fields);
    }

    private static object? ToValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                // Boxed each on its own: a conditional of long and decimal would make every number a decimal.
                return reader.TryGetInt64(out var whole) ? whole : (object)reader.GetDecimal();
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return System.Text.Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
        }
    }
}
