using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.Requests;

namespace Intake.Core.Serialization;

/// <summary>
/// Writes a request id as its reference string, the way people and URLs see it. The empty id of
/// <see cref="Process.RequestState.Initial"/> is written as null and read back from null, so the
/// opening input of an orchestration (initial state plus the submission) survives the trip.
/// </summary>
public sealed class RequestIdJsonConverter : JsonConverter<RequestId>
{
    public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        return RequestId.TryParse(reader.GetString(), out var id) ? id.Value : throw new JsonException("Not a request id.");
    }

    public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
