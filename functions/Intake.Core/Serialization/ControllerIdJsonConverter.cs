using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.DataControllers;

namespace Intake.Core.Serialization;

/// <summary>Writes a controller id as its plain key.</summary>
public sealed class ControllerIdJsonConverter : JsonConverter<ControllerId>
{
    public override ControllerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A controller id is a string."));

    public override void Write(Utf8JsonWriter writer, ControllerId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
