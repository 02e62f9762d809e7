using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;

namespace Intake.Core.Tests.Process;

public sealed class SerializationTests
{
    private static Given FullLife()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new ExtendDeadline(Given.Received.AddDays(1), Given.StaffMember, "complex"));
        given.Approved().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        return given;
    }

    [Fact]
    public void Every_event_survives_a_json_round_trip_unchanged()
    {
        foreach (var e in FullLife().AllEvents)
        {
            var json = IntakeJson.Serialize<RequestEvent>(e);
            var back = IntakeJson.Deserialize<RequestEvent>(json);
            Assert.Equal(e.GetType(), back.GetType());
            Assert.Equal(json, IntakeJson.Serialize(back));
        }
    }

    [Fact]
    public void State_survives_a_json_round_trip_so_an_orchestration_can_carry_it()
    {
        var state = FullLife().State;
        var back = IntakeJson.Deserialize<RequestState>(IntakeJson.Serialize(state));
        Assert.Equal(state.Stage, back.Stage);
        Assert.Equal(state.Version, back.Version);
        Assert.Equal(state.Id, back.Id);
        Assert.Equal(state.CurrentDueDate, back.CurrentDueDate);
        Assert.Equal(state.Policy.ApprovalRequiredFor.Order(), back.Policy.ApprovalRequiredFor.Order());
        Assert.Equal(state.Tasks.Keys.Order(), back.Tasks.Keys.Order());
        Assert.Equal(RequestTimers.NextWake(state), RequestTimers.NextWake(back));
        Assert.Equal(IntakeJson.Serialize(state), IntakeJson.Serialize(back));
    }

    [Fact]
    public void Effects_and_commands_round_trip_with_their_type()
    {
        foreach (var effect in FullLife().AllEffects)
        {
            var back = IntakeJson.Deserialize<Effect>(IntakeJson.Serialize<Effect>(effect));
            Assert.Equal(effect.GetType(), back.GetType());
            Assert.Equal(effect.Id, back.Id);
        }

        RequestCommand command = new ExtendDeadline(Given.Received, Given.StaffMember, "why");
        var json = IntakeJson.Serialize(command);
        Assert.Contains("\"$command\":\"extend\"", json, StringComparison.Ordinal);
        Assert.Equal(command, IntakeJson.Deserialize<RequestCommand>(json));
    }

    [Fact]
    public void Request_id_is_written_as_its_reference()
    {
        Assert.Equal($"\"{Given.Id.Value}\"", IntakeJson.Serialize(Given.Id));
    }
}
