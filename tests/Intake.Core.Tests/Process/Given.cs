using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Process;

/// <summary>Given/when/then for the decider: a request driven by commands, with every decision kept.</summary>
internal sealed class Given
{
    public static readonly RequestId Id = RequestId.FromRandomBytes([1, 2, 3, 4, 5, 6, 7]);

    /// <summary>Wednesday 25 November 2026, 09:00 in Helsinki.</summary>
    public static readonly DateTimeOffset Received = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(2));

    public static readonly DeadlinePolicy Finland = new("FI", "Europe/Helsinki");

    public static readonly PlannedSource Crm = new("crm", "CRM", [SourceAction.Export, SourceAction.Erase, SourceAction.Rectify, SourceAction.Restrict], false);

    public static readonly PlannedSource Marketing = new("marketing", "Marketing list", [SourceAction.Export, SourceAction.Erase, SourceAction.SuppressMarketing, SourceAction.WithdrawConsent], false);

    public static readonly PlannedSource Payroll = new("payroll", "Payroll service", [SourceAction.Export, SourceAction.Restrict], true);

    private Given(RequestState state) => State = state;

    public RequestState State { get; private set; }

    public Decision? Last { get; private set; }

    public List<Effect> AllEffects { get; } = [];

    public List<RequestEvent> AllEvents { get; } = [];

    public static readonly DataSubject Maija = new("Maija Meikäläinen", "maija@example.com");

    public static NewRequest Request(RequestType type = RequestType.Access, bool certain = true, Agent? agent = null, DataSubject? subject = null) => new(
        new ControllerId("clerica"),
        type,
        certain,
        Channel.WebForm,
        Language.Fi,
        subject ?? Maija,
        agent,
        RequestDetails.None);

    /// <summary>A submitted request; by default approval is not required so paths stay short.</summary>
    public static Given Submitted(
        RequestType type = RequestType.Access,
        ProcessPolicy? policy = null,
        IReadOnlyList<PlannedSource>? sources = null,
        bool certain = true,
        Agent? agent = null,
        int priorRequests = 0,
        DeadlinePolicy? deadlines = null,
        DateTimeOffset? at = null,
        DataSubject? subject = null)
    {
        var given = new Given(RequestState.Initial);
        given.When(new SubmitRequest(
            at ?? Received,
            Actor.Person,
            Id,
            Request(type, certain, agent, subject),
            policy ?? NoApproval,
            deadlines ?? Finland,
            sources ?? [Crm, Marketing],
            priorRequests)).ShouldBeAccepted();
        return given;
    }

    /// <summary>A submitted request as a channel handed it over, without approval by policy.</summary>
    public static Given FromRequest(NewRequest request)
    {
        var given = new Given(RequestState.Initial);
        given.When(new SubmitRequest(Received, Actor.Person, Id, request, NoApproval, Finland, [Crm, Marketing], 0)).ShouldBeAccepted();
        return given;
    }

    public static ProcessPolicy NoApproval { get; } = new() { ApprovalRequiredFor = [] };

    public static Actor StaffMember { get; } = Actor.Staff("link-1a2b");

    public Given When(RequestCommand command)
    {
        Last = RequestDecider.Decide(State, command);
        if (Last.IsAccepted)
        {
            State = RequestDecider.Apply(State, Last);
            AllEvents.AddRange(Last.Events);
            AllEffects.AddRange(Last.Effects);
        }

        return this;
    }

    public Given ShouldBeAccepted()
    {
        Assert.True(Last!.IsAccepted, $"Rejected: {Last.Rejection}");
        return this;
    }

    public Rejection ShouldBeRejected(RejectionCode code)
    {
        Assert.False(Last!.IsAccepted, "Expected a rejection, got events: " + string.Join(", ", Last.Events.Select(e => e.Name)));
        Assert.Equal(code, Last.Rejection!.Code);
        return Last.Rejection;
    }

    public IEnumerable<T> LastEffects<T>() where T : Effect => Last!.Effects.OfType<T>();

    public IEnumerable<T> LastEvents<T>() where T : RequestEvent => Last!.Events.OfType<T>();

    public IEnumerable<string> LastMails() => Last!.Effects.OfType<SendMail>().Select(m => $"{m.Audience}:{m.Kind}");

    /// <summary>Time moves on by <paramref name="after"/> from receipt.</summary>
    public Given Tick(DateTimeOffset at) => When(new Tick(at, Actor.System));

    public Given Verified(DateTimeOffset? at = null) => When(new ConfirmIdentity(at ?? Received.AddHours(1), Actor.Person)).ShouldBeAccepted();

    public Given Approved(RequestType? type = null, DateTimeOffset? at = null) =>
        When(new ApproveReview(at ?? Received.AddHours(2), StaffMember, type)).ShouldBeAccepted();

    /// <summary>Every running source answers with the given outcome.</summary>
    public Given AllSourcesAnswer(SourceOutcome outcome = SourceOutcome.Exported, DateTimeOffset? at = null)
    {
        foreach (var task in State.Tasks.Values.Where(t => t.Status == SourceTaskStatus.Running).ToList())
        {
            When(new RecordSourceReceipt(at ?? Received.AddHours(3), Actor.System, Receipt(task.SourceId, task.Action, outcome, at))).ShouldBeAccepted();
        }

        return this;
    }

    public static SourceReceipt Receipt(string source, SourceAction action, SourceOutcome outcome = SourceOutcome.Exported, DateTimeOffset? at = null) =>
        new(source, action, outcome, 3, outcome == SourceOutcome.NotFound ? 0 : 3, [], null, $"{Id}/rows/{source}.jsonl", at ?? Received.AddHours(3));

    public static ExportSummary Export { get; } = new($"{Id}/{Id}.zip", 12_345, new string('a', 64), 7);
}
