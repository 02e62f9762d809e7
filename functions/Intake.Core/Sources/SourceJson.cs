using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Core.Sources;

/// <summary>
/// The one JSON convention for receipts, webhook jobs and callbacks: camelCase names, enums as
/// camelCase strings (<c>partlyKept</c>), dates as ISO 8601.
/// </summary>
public static class SourceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };
}
