using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Serialization;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Orchestration;

/// <summary>A durable engine stores the orchestration input as IntakeJson text; it must read back to the same start.</summary>
public sealed class OrchestrationInputTests
{
    [Fact]
    public void The_opening_input_with_the_empty_initial_state_reads_back()
    {
        var start = Scenario.Start();

        var read = IntakeJson.Deserialize<RequestOrchestrationInput>(IntakeJson.Serialize(start));

        Assert.False(read.State.Exists);
        Assert.Equal(default, read.State.Id);
        Assert.Equal(Given.Id, read.Submit!.Id);
        Assert.Equal(IntakeJson.Serialize(start), IntakeJson.Serialize(read));
    }

    [Fact]
    public void A_carried_over_state_reads_back_with_the_same_timers_and_tasks()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
            .RunUntil(Scenario.Days(1));
        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));
        var carried = new RequestOrchestrationInput(engine.LastPublishedState, null);

        var read = IntakeJson.Deserialize<RequestOrchestrationInput>(IntakeJson.Serialize(carried));

        Assert.Null(read.Submit);
        Assert.Equal(IntakeJson.Serialize(carried.State), IntakeJson.Serialize(read.State));
        Assert.Equal(RequestTimers.NextWake(carried.State), RequestTimers.NextWake(read.State));
        Assert.Equal(carried.State.Tasks.Keys.Order(StringComparer.Ordinal), read.State.Tasks.Keys.Order(StringComparer.Ordinal));
    }
}
