using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Core.Serialization;

/// <summary>
/// The one JSON shape for state, events, commands and effects — in storage, in orchestration
/// history and in the audit hash. Changing these options changes stored data: do it only with a
/// migration, since audit hashes cover the exact serialized text.
/// </summary>
public static class IntakeJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new RequestIdJsonConverter());
        options.Converters.Add(new ControllerIdJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
