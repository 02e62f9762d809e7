using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Accountability;

/// <summary>Request summaries for report tests, on Helsinki's calendar, written as a privacy office would tell them.</summary>
internal static class ReportedSummaries
{
    public const string Zone = "Europe/Helsinki";

    public static Controller Clewer { get; } = ControllerNamed("clewer");

    public static Controller ControllerNamed(string id) => new(
        new ControllerId(id),
        [new ControllerParty(id + " Oy", null, null, "FI", null)],
        $"privacy@{id}.example",
        null,
        Zone,
        "FI",
        new SupervisoryAuthority("Authority", "Address", null, "authority@example.com", null));

    private static long next = 1;

    /// <summary>A distinct reference per number: the reference keeps the low 50 of the 56 bits it is given, so the number goes last.</summary>
    public static RequestId Numbered(long number) =>
        RequestId.FromRandomBytes([0, 0, (byte)(number >> 32), (byte)(number >> 24), (byte)(number >> 16), (byte)(number >> 8), (byte)number]);

    /// <summary>An instant on the Helsinki wall clock.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 12, int minute = 0) =>
        WallClock.At(new DateOnly(year, month, day), new TimeOnly(hour, minute), TimeZoneInfo.FindSystemTimeZoneById(Zone));

    /// <summary>A request received at <paramref name="receivedAt"/>, due on <paramref name="due"/> (none for a contact message), still awaiting staff.</summary>
    public static RequestSummary Received(DateTimeOffset receivedAt, DateOnly? due, RequestType type = RequestType.Access, Channel channel = Channel.WebForm, string controller = "clewer") => new()
    {
        Id = Numbered(Interlocked.Increment(ref next)),
        Controller = controller,
        Type = type,
        Channel = channel,
        Language = Language.Fi,
        Stage = Stage.AwaitingStaffReview,
        ReceivedAt = receivedAt,
        DueDate = due,
        DueAt = due is { } date ? StatutoryClock.EndOfLocalDay(date, Zone) : null,
        OriginalDueDate = due,
    };

    public static RequestSummary Delivered(this RequestSummary summary, DateTimeOffset at) =>
        summary with { Stage = Stage.Delivered, VerifiedAt = summary.ReceivedAt, DeliveredAt = at };

    public static RequestSummary Completed(this RequestSummary summary, DateTimeOffset at) =>
        summary with { Stage = Stage.Completed, VerifiedAt = summary.ReceivedAt, ClosedAt = at };

    public static RequestSummary Refused(this RequestSummary summary, DateTimeOffset at, RefusalGround? ground) =>
        summary with { Stage = Stage.Refused, ClosedAt = at, RefusalGround = ground };

    public static RequestSummary Withdrawn(this RequestSummary summary, DateTimeOffset at) =>
        summary with { Stage = Stage.Withdrawn, ClosedAt = at };

    public static RequestSummary Unverified(this RequestSummary summary, DateTimeOffset at) =>
        summary with { Stage = Stage.ClosedUnverified, ClosedAt = at };

    public static RequestSummary ExtendedTo(this RequestSummary summary, DateOnly due, string? reason) =>
        summary with { Extended = true, DueDate = due, DueAt = StatutoryClock.EndOfLocalDay(due, Zone), ExtensionReason = reason };
}
