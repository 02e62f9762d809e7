using System.Text.Json.Serialization;

namespace Intake.Core.Deadlines;

/// <summary>
/// Whether the statutory clock waits while the controller awaits identity information it asked
/// for. The GDPR starts the month on receipt; pausing is a controller's policy choice, recorded
/// with every calculation so it can be defended later.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClockPolicy>))]
public enum ClockPolicy
{
    /// <summary>The clock counts from receipt, whatever identity checks happen (the default).</summary>
    [JsonStringEnumMemberName("runs")]
    Runs,

    /// <summary>
    /// The clock counts from the day identity is verified; until then the dates are provisional,
    /// counted from receipt.
    /// </summary>
    [JsonStringEnumMemberName("paused-until-verified")]
    PausedUntilVerified,
}
