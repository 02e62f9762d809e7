using System.Collections.Immutable;
using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Bench.Decider;

/// <summary>
/// A realistic life of one access request, produced by the decider itself: received, verified,
/// approved by staff, four sources collected, the export assembled, downloaded, and closed when the
/// download link ran out. Also the state and command of the most common decision in that life: a
/// source's receipt arriving while the others are still running.
/// </summary>
public sealed class SampleHistory
{
    /// <summary>Wednesday 25 November 2026, 09:00 in Helsinki.</summary>
    private static readonly DateTimeOffset Received = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(2));

    private static readonly string[] SourceIds = ["crm-customers", "marketing-list", "webshop-orders", "support-tickets"];

    private SampleHistory(IReadOnlyList<RequestEvent> events, RequestState collecting, RecordSourceReceipt receipt)
    {
        Events = events;
        Collecting = collecting;
        Receipt = receipt;
    }

    public IReadOnlyList<RequestEvent> Events { get; }

    /// <summary>Approved and collecting: every source still running.</summary>
    public RequestState Collecting { get; }

    /// <summary>The first source's receipt, as the worker would record it.</summary>
    public RecordSourceReceipt Receipt { get; }

    public static SampleHistory Create()
    {
        var id = RequestId.FromRandomBytes([7, 6, 5, 4, 3, 2, 1, 0]);
        var events = new List<RequestEvent>();
        var state = RequestState.Initial;

        void Apply(RequestCommand command)
        {
            var decision = RequestDecider.Decide(state, command);
            if (!decision.IsAccepted)
            {
                throw new InvalidOperationException($"The sample history is not a valid life: {decision.Rejection}");
            }

            events.AddRange(decision.Events);
            state = RequestDecider.Apply(state, decision);
        }

        var sources = SourceIds.Select(s => new PlannedSource(s, s, ImmutableSortedSet.Create(SourceAction.Export, SourceAction.Erase), false)).ToList();
        var request = new NewRequest(new ControllerId("clerica"), RequestType.Access, true, Channel.WebForm, Language.Fi, new DataSubject("Testi Henkilö", "testi.henkilo@example.com"), null, new RequestDetails(Text: "Pyydän jäljennöksen tiedoistani."));
        Apply(new SubmitRequest(Received, Actor.Person, id, request, ProcessPolicy.Default, new DeadlinePolicy("FI", "Europe/Helsinki"), sources, 0));
        Apply(new ConfirmIdentity(Received.AddHours(1), Actor.Person));
        Apply(new ApproveReview(Received.AddHours(2), Actor.Staff("1a2b3c"), null));
        var collecting = state;
        var receipts = SourceIds.Select(s => new RecordSourceReceipt(Received.AddHours(3), Actor.System, SourceReceiptOf(s))).ToList();
        foreach (var receipt in receipts)
        {
            Apply(receipt);
        }

        var exportedAt = Received.AddHours(4);
        Apply(new RecordExport(exportedAt, Actor.System, new ExportSummary($"{id}/{id}-access.zip", 1_234_567, new string('a', 64), 11)));
        Apply(new RecordDownload(Received.AddDays(1), Actor.Person));
        Apply(new Tick(exportedAt + ProcessPolicy.Default.DownloadLinkLifetime, Actor.System));
        return new SampleHistory(events, collecting, receipts[0]);
    }

    private static SourceReceipt SourceReceiptOf(string source) =>
        new(source, SourceAction.Export, SourceOutcome.Exported, 12, 12, [], null, $"rows/{source}.jsonl", Received.AddHours(3));
}
