using Azure;
using Intake.Azure.Durable;
using Intake.Azure.Engine;
using Intake.Core.Gateway;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Testing;

namespace Intake.Integration.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class DurableRequestGatewayTests(AzuriteFixture azurite)
{
    private readonly RecordingOrchestrationClient client = new();

    [Fact]
    public async Task Submitting_starts_an_instance_named_by_the_request_id_with_the_opening_input()
    {
        var (gateway, _) = await GatewayAsync();
        var submit = Sample.Submit(Sample.NewId());

        var result = await gateway.SubmitAsync(submit);

        Assert.Equal(GatewayOutcome.Queued, result.Outcome);
        var (id, input) = Assert.Single(client.Scheduled);
        Assert.Equal(submit.Id, id);
        Assert.Equal(IntakeJson.Serialize(RequestOrchestrationInput.Start(submit)), input);
    }

    [Fact]
    public async Task A_submission_the_decider_refuses_is_answered_at_once_and_starts_nothing()
    {
        var (gateway, _) = await GatewayAsync();
        var submit = Sample.Submit(Sample.NewId(), email: " ");

        var result = await gateway.SubmitAsync(submit);

        Assert.Equal(GatewayOutcome.Rejected, result.Outcome);
        Assert.Equal(RejectionCode.InvalidInput, result.Rejection?.Code);
        Assert.Empty(client.Scheduled);
    }

    [Theory]
    [InlineData(OrchestrationStatus.Active)]
    [InlineData(OrchestrationStatus.Ended)]
    public async Task Submitting_an_id_that_has_an_instance_is_refused_and_does_not_restart_it(OrchestrationStatus status)
    {
        var (gateway, _) = await GatewayAsync();
        var submit = Sample.Submit(Sample.NewId());
        client.Instances[submit.Id] = status;

        var result = await gateway.SubmitAsync(submit);

        Assert.Equal(RejectionCode.AlreadyExists, result.Rejection?.Code);
        Assert.Empty(client.Scheduled);
    }

    [Fact]
    public async Task A_command_is_raised_to_its_instance_as_intake_json()
    {
        var (gateway, _, id) = await LiveRequestAsync();
        var approve = new ApproveReview(Sample.Received.AddDays(1), Sample.Staff, null);

        var result = await gateway.SendAsync(id, approve);

        Assert.Equal(GatewayOutcome.Queued, result.Outcome);
        var (raisedTo, json) = Assert.Single(client.Raised);
        Assert.Equal(id, raisedTo);
        Assert.Contains("\"$command\":\"approve-review\"", json, StringComparison.Ordinal);
        Assert.Equal(approve, IntakeJson.Deserialize<RequestCommand>(json));
    }

    [Fact]
    public async Task A_single_use_link_carries_its_command_once()
    {
        var (gateway, store, id) = await LiveRequestAsync();
        var link = new LinkUse("3f1c9a07e5d2");
        var confirm = new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person);

        var first = await gateway.SendAsync(id, confirm, link);
        var second = await gateway.SendAsync(id, confirm with { At = Sample.Received.AddHours(2) }, link);

        Assert.Equal(GatewayOutcome.Queued, first.Outcome);
        Assert.Equal(GatewayOutcome.LinkAlreadyUsed, second.Outcome);
        Assert.Single(client.Raised);
        Assert.True(await store.IsLinkSpentAsync(id, link.TokenId));
    }

    [Fact]
    public async Task A_link_is_given_back_when_its_command_cannot_be_raised_and_works_on_the_next_try()
    {
        var (gateway, store, id) = await LiveRequestAsync();
        var link = new LinkUse("8b0d44c2a9e1");
        var confirm = new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person);
        client.RaiseFailure = new RequestFailedException(503, "Task hub unavailable");

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => gateway.SendAsync(id, confirm, link));

        Assert.Equal(503, failure.Status);
        Assert.False(await store.IsLinkSpentAsync(id, link.TokenId));
        client.RaiseFailure = null;
        Assert.Equal(GatewayOutcome.Queued, (await gateway.SendAsync(id, confirm, link)).Outcome);
        Assert.Single(client.Raised);
    }

    [Theory]
    [InlineData(OrchestrationStatus.None, RejectionCode.NotFound)]
    [InlineData(OrchestrationStatus.Ended, RejectionCode.Closed)]
    public async Task A_command_for_a_request_without_a_live_instance_is_refused_and_spends_no_link(OrchestrationStatus status, RejectionCode code)
    {
        var (gateway, store) = await GatewayAsync();
        var id = Sample.NewId();
        client.Instances[id] = status;
        var link = new LinkUse("c7e2f90b1d34");

        var result = await gateway.SendAsync(id, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person), link);

        Assert.Equal(code, result.Rejection?.Code);
        Assert.Empty(client.Raised);
        Assert.False(await store.IsLinkSpentAsync(id, link.TokenId));
    }

    [Fact]
    public async Task Find_reads_the_published_state_and_nothing_for_an_unknown_or_purged_request()
    {
        var (gateway, store) = await GatewayAsync();
        var submit = Sample.Submit(Sample.NewId());
        var opened = RequestDecider.Decide(RequestState.Initial, submit);
        var state = RequestDecider.Apply(RequestState.Initial, opened);
        await store.PublishAsync(state, opened.Events);

        var found = await gateway.FindAsync(submit.Id);
        var unknown = await gateway.FindAsync(Sample.NewId());
        await store.PurgeAsync(submit.Id);
        var purged = await gateway.FindAsync(submit.Id);

        Assert.Equal((Stage.AwaitingVerification, 2), (found?.Stage, found?.Version));
        Assert.Null(unknown);
        Assert.Null(purged);
    }

    /// <summary>A gateway over a fresh table, and the id of a request whose instance is running.</summary>
    private async Task<(DurableRequestGateway Gateway, TableRequestStore Store, RequestId Id)> LiveRequestAsync()
    {
        var (gateway, store) = await GatewayAsync();
        var id = Sample.NewId();
        client.Instances[id] = OrchestrationStatus.Active;
        return (gateway, store, id);
    }

    private async Task<(DurableRequestGateway Gateway, TableRequestStore Store)> GatewayAsync()
    {
        var store = await RequestTables.NewStoreAsync(azurite);
        return (new DurableRequestGateway(client, store, TimeProvider.System), store);
    }
}
