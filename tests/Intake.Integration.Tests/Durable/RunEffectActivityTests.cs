using Intake.Azure.Durable;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Serialization;
using Intake.Core.Sources;
using Moq;

namespace Intake.Integration.Tests.Durable;

public sealed class RunEffectActivityTests
{
    private readonly RequestState state = Sample.Opened(Sample.Submit(Sample.NewId()));

    [Fact]
    public async Task The_executor_gets_the_effect_and_its_state_and_the_result_goes_back_as_intake_json()
    {
        var effect = new RunSource($"{state.Id}.00005.run-source.crm", "crm", SourceAction.Export);
        var receipt = new RecordSourceReceipt(Sample.Received.AddHours(2), Actor.Source("crm"), new SourceReceipt("crm", SourceAction.Export, SourceOutcome.Exported, 4, 4, [], null, $"{state.Id}/rows/crm.jsonl", Sample.Received.AddHours(2)));
        var executor = new Mock<IEffectExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>())).ReturnsAsync(receipt);

        var output = await new RunEffectActivity(executor.Object).RunAsync(IntakeJson.Serialize(new EffectWork(state, effect)));

        executor.Verify(e => e.ExecuteAsync(It.Is<RequestState>(s => s.Id == state.Id && s.Version == state.Version), effect, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains("\"$command\":\"record-source-receipt\"", output, StringComparison.Ordinal);
        Assert.Equal(IntakeJson.Serialize<RequestCommand>(receipt), output);
    }

    [Fact]
    public async Task An_effect_without_a_result_returns_null()
    {
        var executor = new Mock<IEffectExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>())).ReturnsAsync((RequestCommand?)null);

        var output = await new RunEffectActivity(executor.Object).RunAsync(IntakeJson.Serialize(new EffectWork(state, new PurgeRecord($"{state.Id}.00009.purge"))));

        Assert.Null(output);
    }

    [Fact]
    public async Task A_failing_effect_throws_to_the_engine_which_retries_it()
    {
        var executor = new Mock<IEffectExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("SMTP relay timed out"));

        await Assert.ThrowsAsync<TimeoutException>(() => new RunEffectActivity(executor.Object).RunAsync(IntakeJson.Serialize(new EffectWork(state, new PurgeRecord($"{state.Id}.00009.purge")))));
    }
}
