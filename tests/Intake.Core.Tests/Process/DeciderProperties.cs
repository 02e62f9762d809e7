using FsCheck;
using FsCheck.Xunit;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Process;

/// <summary>
/// Properties over arbitrary command sequences: whatever people, staff, sources and timers do, in
/// whatever order, the decider answers with events or a typed rejection — never an exception — and
/// its bookkeeping holds.
/// </summary>
public sealed class DeciderProperties
{
    private static RequestCommand CommandFor(int code, DateTimeOffset at, RequestState state)
    {
        var source = state.Tasks.Keys.OrderBy(k => k, StringComparer.Ordinal).Skip(Math.Abs(code / 32) % Math.Max(1, state.Tasks.Count)).FirstOrDefault() ?? "crm";
        var action = state.Action ?? SourceAction.Export;
        return (Math.Abs(code) % 21) switch
        {
            0 => new ConfirmIdentity(at, Actor.Person),
            1 => new ResendVerification(at, Actor.Person),
            2 => new ApproveReview(at, Given.StaffMember, RequestType.Erasure),
            3 => new RefuseRequest(at, Given.StaffMember, RefusalGround.ManifestlyExcessive, "x"),
            4 => new ExtendDeadline(at, Given.StaffMember, "complex"),
            5 => new AskForInformation(at, Given.StaffMember, "which account?"),
            6 => new ProvideInformation(at, Actor.Person, "this one"),
            7 => new WithdrawRequest(at, Actor.Person),
            8 => new RecordSourceReceipt(at, Actor.System, Given.Receipt(source, action, SourceOutcome.Applied, at)),
            9 => new RecordSourceFailure(at, Actor.System, source, "boom"),
            10 => new RetrySource(at, Given.StaffMember, source),
            11 => new ConfirmSourceTask(at, Given.StaffMember, Given.Receipt(source, action, SourceOutcome.Kept, at)),
            12 => new RecordExport(at, Actor.System, Given.Export),
            13 => new ReleaseExport(at, Given.StaffMember),
            14 => new RecordRecipientsNotified(at, Actor.System, ["Insurer"]),
            15 => new RecordDownload(at, Actor.Person),
            16 => new ParkEffect(at, Actor.System, new Intake.Core.Process.Effects.PurgeRecord($"e{code}"), "failed"),
            17 => new RetryParkedEffect(at, Given.StaffMember),
            18 => new HandleContact(at, Given.StaffMember, null),
            19 => new RecordSourceReceipt(at, Actor.System, Given.Receipt(source, action, SourceOutcome.AwaitingStaff, at)),
            _ => new Tick(at, Actor.System),
        };
    }

    private static (Given Given, List<Decision> Decisions) Walk(int typeCode, int[] codes, int[] gapsInHours)
    {
        var types = Enum.GetValues<RequestType>();
        var given = Given.Submitted(types[Math.Abs(typeCode) % types.Length], ProcessPolicy.Default with { RequireExportRelease = typeCode % 2 == 0 }, certain: typeCode % 3 != 0);
        var decisions = new List<Decision>();
        var at = Given.Received;
        for (var i = 0; i < codes.Length; i++)
        {
            at = at.AddHours(1 + (gapsInHours.Length == 0 ? 0 : Math.Abs(gapsInHours[i % gapsInHours.Length]) % 200));
            given.When(CommandFor(codes[i], at, given.State));
            decisions.Add(given.Last!);
        }

        return (given, decisions);
    }

    [Property(MaxTest = 300)]
    public bool Any_command_sequence_is_answered_without_an_exception_and_version_counts_events(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        return given.State.Version == given.AllEvents.Count;
    }

    [Property(MaxTest = 300)]
    public bool Effect_ids_are_never_reused_within_a_request(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        var ids = given.AllEffects.Select(e => e.Id).ToList();
        return ids.Count == ids.Distinct(StringComparer.Ordinal).Count();
    }

    [Property(MaxTest = 300)]
    public bool Replaying_the_events_gives_the_same_state(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        var replayed = RequestEvolver.Replay(given.AllEvents);
        return replayed.Stage == given.State.Stage
            && replayed.Version == given.State.Version
            && RequestTimers.NextWake(replayed) == RequestTimers.NextWake(given.State);
    }

    [Property(MaxTest = 300)]
    public bool Rejected_commands_emit_nothing(int typeCode, int[] codes, int[] gaps)
    {
        var (_, decisions) = Walk(typeCode, codes, gaps);
        return decisions.Where(d => !d.IsAccepted).All(d => d.Events.Count == 0 && d.Effects.Count == 0);
    }

    [Property(MaxTest = 300)]
    public bool A_deadline_is_extended_at_most_once(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        return given.AllEvents.OfType<DeadlineExtended>().Count() <= 1;
    }

    [Property(MaxTest = 300)]
    public bool A_closed_request_never_reopens(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        var state = RequestState.Initial;
        var closed = false;
        foreach (var e in given.AllEvents)
        {
            state = RequestEvolver.Evolve(state, e);
            if (closed && !state.Stage.IsClosed())
            {
                return false;
            }

            closed |= state.Stage.IsClosed();
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool Extensions_are_only_accepted_before_the_first_month_ends(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        return given.AllEvents.OfType<DeadlineExtended>().All(e => e.At < given.State.Deadline!.ExtensionNoticeDeadline);
    }

    [Property(MaxTest = 300)]
    public bool Every_link_a_decision_names_is_one_its_mail_shows(int typeCode, int[] codes, int[] gaps)
    {
        var (given, _) = Walk(typeCode, codes, gaps);
        return given.AllEffects.OfType<Intake.Core.Process.Effects.SendMail>()
            .All(mail => mail.Facts.Links.All(link => Intake.Core.Notifications.MailKindFacts.AllowedLinks(mail.Kind).Contains(link)));
    }
}
