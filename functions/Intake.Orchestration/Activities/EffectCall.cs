using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Serialization;

namespace Intake.Orchestration.Activities;

/// <summary>
/// The input of <see cref="ProcessNames.RunEffect"/>: which request, the version the effect was
/// decided at, and the effect — ids and small values; the activity reads the request's state from
/// its record, never from the engine's history.
/// </summary>
public sealed record EffectCall(RequestId Request, int Version, Effect Effect)
{
    public string Write() => IntakeJson.Serialize(this);

    public static EffectCall Read(string json) => IntakeJson.Deserialize<EffectCall>(json);
}
