using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Serialization;

namespace Intake.Orchestration.Activities;

/// <summary>
/// The input of <see cref="ProcessNames.PublishRequest"/>: the events since <paramref name="FromVersion"/>
/// and the links spent with them. One step's events — a few KB — not the request's state.
/// </summary>
public sealed record Publication(RequestId Request, int FromVersion, IReadOnlyList<RequestEvent> Events, IReadOnlyList<string> SpentLinks)
{
    public string Write() => IntakeJson.Serialize(this);

    public static Publication Read(string json) => IntakeJson.Deserialize<Publication>(json);
}
