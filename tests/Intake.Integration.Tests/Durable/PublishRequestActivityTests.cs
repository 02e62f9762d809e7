using Azure.Data.Tables;
using Intake.Azure.Durable;
using Intake.Azure.Engine;
using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;
using Intake.Testing;

namespace Intake.Integration.Tests.Durable;

/// <summary>The read model and the audit chain that Durable mode keeps in Table storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishRequestActivityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Publishing_after_each_cycle_keeps_a_read_model_and_an_audit_chain_that_verifies()
    {
        var store = await RequestTables.NewStoreAsync(azurite);
        var activity = new PublishRequestActivity(store);
        var submit = Sample.Submit(Sample.NewId());

        var state = await PublishEachAsync(activity, RequestState.Initial, submit, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person), new ApproveReview(Sample.Received.AddHours(2), Sample.Staff, null));

        var stored = await store.LoadAsync(submit.Id);
        Assert.Equal((Stage.InProgress, state.Version), (stored?.State.Stage, stored?.State.Version));
        var trail = await store.AuditTrailAsync(submit.Id);
        Assert.True(AuditChain.Verify(trail).IsIntact, AuditChain.Verify(trail).ToString());
        Assert.Equal(state.Version, trail.Count);
        Assert.Equal(
            ["request-received", "verification-link-sent", "identity-verified", "staff-review-requested", "review-approved", "processing-started"],
            trail.Select(r => r.EventName));
    }

    [Fact]
    public async Task A_publication_run_twice_writes_each_event_once()
    {
        var store = await RequestTables.NewStoreAsync(azurite);
        var activity = new PublishRequestActivity(store);
        var submit = Sample.Submit(Sample.NewId());
        var opened = RequestDecider.Decide(RequestState.Initial, submit);
        var work = IntakeJson.Serialize(new PublishWork(RequestDecider.Apply(RequestState.Initial, opened), opened.Events));

        await activity.RunAsync(work);
        await activity.RunAsync(work);

        var trail = await store.AuditTrailAsync(submit.Id);
        Assert.Equal(2, trail.Count);
        Assert.True(AuditChain.Verify(trail).IsIntact);
    }

    [Fact]
    public async Task The_first_publication_of_a_run_continued_as_new_changes_nothing()
    {
        var store = await RequestTables.NewStoreAsync(azurite);
        var activity = new PublishRequestActivity(store);
        var submit = Sample.Submit(Sample.NewId());
        var state = await PublishEachAsync(activity, RequestState.Initial, submit, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person));
        var before = await store.AuditTrailAsync(submit.Id);

        await activity.RunAsync(IntakeJson.Serialize(new PublishWork(state, [])));

        var after = await store.AuditTrailAsync(submit.Id);
        Assert.Equal(before.Select(r => r.Hash), after.Select(r => r.Hash));
        Assert.Equal(state.Version, (await store.LoadAsync(submit.Id))?.State.Version);
    }

    [Fact]
    public async Task A_refused_submission_publishes_nothing()
    {
        var store = await RequestTables.NewStoreAsync(azurite);

        await new PublishRequestActivity(store).RunAsync(IntakeJson.Serialize(new PublishWork(RequestState.Initial, [])));

        Assert.Empty(await store.Table.QueryAsync<TableEntity>(maxPerPage: 10).ToListAsync());
    }

    /// <summary>Decides each command in turn and publishes after each, as the orchestration does after each cycle.</summary>
    private static async Task<RequestState> PublishEachAsync(PublishRequestActivity activity, RequestState state, params RequestCommand[] commands)
    {
        foreach (var command in commands)
        {
            var decision = RequestDecider.Decide(state, command);
            Assert.True(decision.IsAccepted, decision.Rejection?.Message);
            state = RequestDecider.Apply(state, decision);
            await activity.RunAsync(IntakeJson.Serialize(new PublishWork(state, decision.Events)));
        }

        return state;
    }
}
