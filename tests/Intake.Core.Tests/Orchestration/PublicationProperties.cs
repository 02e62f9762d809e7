using FsCheck.Xunit;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Orchestration;

/// <summary>
/// Whatever people and staff do, whenever timers fire, whichever effects fail, and however often the
/// run continues as new: every event reaches the read model and the audit trail exactly once, in
/// the order it happened.
/// </summary>
public sealed class PublicationProperties
{
    private static readonly RequestType[] Types = [RequestType.Access, RequestType.Erasure, RequestType.Rectification, RequestType.Portability, RequestType.Contact];

    [Property(MaxTest = 150)]
    public bool Every_event_is_published_exactly_once_in_order_across_runs(int scenario, int[] codes, int[] gapsInMinutes)
    {
        var engine = Simulate(scenario, codes, gapsInMinutes);

        var state = RequestState.Initial;
        foreach (var publication in engine.Publications)
        {
            foreach (var e in publication.Events)
            {
                state = RequestEvolver.Evolve(state, e);
            }

            if (state.Version != publication.State.Version || state.Stage != publication.State.Stage)
            {
                return false;
            }
        }

        return engine.PublishedEvents.Count() == engine.LastPublishedState.Version;
    }

    [Property(MaxTest = 150)]
    public bool The_audit_trail_reads_in_time_order(int scenario, int[] codes, int[] gapsInMinutes)
    {
        var times = Simulate(scenario, codes, gapsInMinutes).PublishedEvents.Select(e => e.At).ToList();
        return times.Zip(times.Skip(1)).All(pair => pair.First <= pair.Second);
    }

    private static ScriptedEngine Simulate(int scenario, int[] codes, int[] gapsInMinutes)
    {
        var engine = new ScriptedEngine(Given.Received);
        var at = Given.Received;
        for (var i = 0; i < codes.Length; i++)
        {
            var gap = gapsInMinutes.Length == 0 ? 60 : Math.Abs(gapsInMinutes[i % gapsInMinutes.Length] % (60 * 24 * 12));
            at = at.AddMinutes(1 + gap);
            engine.Schedule(CommandFor(codes[i], at));
        }

        engine.RunUntil(at.AddDays(1));
        if (scenario % 3 == 0)
        {
            // The CRM is broken for good: each of its runs fails and parks the request.
            ((CooperativeWorld)engine.Executor).During = effect =>
            {
                if (effect is RunSource { SourceId: "crm" })
                {
                    throw new InvalidOperationException("CRM is down");
                }
            };
        }

        var policy = ProcessPolicy.Default with { RequireExportRelease = scenario % 2 == 0 };
        var input = Scenario.Start(Types[Math.Abs(scenario % Types.Length)], policy);
        while (engine.Start(input) is { IsCompletedSuccessfully: true } && engine.CarriedOver is { } next)
        {
            input = next;
        }

        return engine;
    }

    private static RequestCommand CommandFor(int code, DateTimeOffset at) => Math.Abs(code % 12) switch
    {
        0 => new ConfirmIdentity(at, Actor.Person),
        1 => new ResendVerification(at, Actor.Person),
        2 => new ApproveReview(at, Given.StaffMember, null),
        3 => new RefuseRequest(at, Given.StaffMember, RefusalGround.ManifestlyExcessive, "The same request every week"),
        4 => new ExtendDeadline(at, Given.StaffMember, "Twelve systems to search"),
        5 => new AskForInformation(at, Given.StaffMember, "Which customer account?"),
        6 => new ProvideInformation(at, Actor.Person, "The one from 2019"),
        7 => new WithdrawRequest(at, Actor.Person),
        8 => new ReleaseExport(at, Given.StaffMember),
        9 => new RecordDownload(at, Actor.Person),
        10 => new RetryParkedEffect(at, Given.StaffMember),
        _ => new HandleContact(at, Given.StaffMember, null),
    };
}
