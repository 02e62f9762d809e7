using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.Requests;

namespace Intake.Core.Serialization;

/// <summary>Writes a request id as its reference string, the way people and URLs see it.</summary>
public sealed class RequestIdJsonConverter : JsonConverter<RequestId>
{
    public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RequestId.TryParse(reader.GetString(), out var id) ? id.Value : throw new JsonException("Not a request id.");

    public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
