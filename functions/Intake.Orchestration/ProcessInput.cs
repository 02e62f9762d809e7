using System.Collections.Immutable;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;

namespace Intake.Orchestration;

/// <summary>
/// What one generation of a request's instance hands to the next through continue-as-new: the
/// decider's state and what is not yet done with it. Every generation handles one wake-up (a
/// command or a timer) and continues as new, so an instance's history holds one step, never the
/// months before it.
/// </summary>
/// <param name="Format">The shape of this input and of the loop that reads it; see <see cref="CurrentFormat"/>.</param>
/// <param name="Submit">The opening command, in the first generation only.</param>
/// <param name="PublishedVersion">The version the request record holds.</param>
/// <param name="Unpublished">Events decided but not yet in the record (a publication that failed).</param>
/// <param name="Pending">Effects decided but not yet run.</param>
/// <param name="SpentLinks">Keys of the single-use links spent on accepted commands.</param>
/// <param name="UnpublishedLinks">Spent keys not yet marked in the record.</param>
/// <param name="Outcomes">The last commands' outcomes, shown in the instance status.</param>
public sealed record ProcessInput(
    int Format,
    RequestState State,
    SubmitRequest? Submit,
    int PublishedVersion,
    ImmutableArray<RequestEvent> Unpublished,
    ImmutableArray<Effect> Pending,
    ImmutableSortedSet<string> SpentLinks,
    ImmutableArray<string> UnpublishedLinks,
    ImmutableArray<CommandOutcome> Outcomes)
{
    /// <summary>
    /// Instances live for weeks, across deployments. A deployment that changes what a generation
    /// does in a way that would not replay raises this number and keeps the old path for inputs of
    /// the older format; an instance moves to the new path at its next continue-as-new, which is
    /// never further away than its next wake-up (see docs/engine.md, "Deploying changed process code").
    /// </summary>
    public const int CurrentFormat = 1;

    public bool IsSettled => Submit is null && Unpublished.IsEmpty && Pending.IsEmpty && UnpublishedLinks.IsEmpty;

    public static ProcessInput Start(SubmitRequest submit) =>
        new(CurrentFormat, RequestState.Initial, submit, 0, [], [], [], [], []);

    public string Write() => IntakeJson.Serialize(this);

    /// <summary>Reads an input; arrays left out of the text read as empty, never as the default that throws.</summary>
    public static ProcessInput Read(string json)
    {
        var input = IntakeJson.Deserialize<ProcessInput>(json);
        return input with
        {
            Unpublished = input.Unpublished.IsDefault ? [] : input.Unpublished,
            Pending = input.Pending.IsDefault ? [] : input.Pending,
            SpentLinks = input.SpentLinks ?? [],
            UnpublishedLinks = input.UnpublishedLinks.IsDefault ? [] : input.UnpublishedLinks,
            Outcomes = input.Outcomes.IsDefault ? [] : input.Outcomes,
        };
    }
}
