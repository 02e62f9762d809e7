using Intake.Adapters.Records;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Testing;

/// <summary>
/// A year of requests (2025) whose accountability figures are known by construction, written into
/// a host's request index: 240 requests of one controller received in 2025, plus requests outside
/// the year and of another controller that the report must leave out. Every figure the tests
/// assert is fixed here by the index ranges below, not computed by the code under test.
/// </summary>
/// <remarks>
/// Index ranges (i = 0..239; type = i mod 4: access, erasure, rectification, objection to direct
/// marketing — 60 each; channel = i mod 3: web form, API, email — 80 each):
/// <list type="bullet">
/// <item>0–99 answered on time in 14 days: 0–9 refused (0–4 manifestly excessive, of which 0–2 repeats; 5–9 identity), 10–99 delivered or done; 70–99 since purged.</item>
/// <item>100–179 answered on time in 20 days; 100–112 extended (100–107 "Complex request: many systems", 108–111 purged so the reason is gone, 112 "=1+1 many systems").</item>
/// <item>180–199 answered late, in 40 days against a due date 30 days after receipt: 180–181 refused (rights of others), 182–199 delivered or done.</item>
/// <item>200–209 withdrawn; 210–219 closed unverified; 220–234 still in progress (all overdue by now); 235–239 purged with no outcome kept.</item>
/// <item>50–54 are repeats too (answered). Erasures 13, 17, …, 49 kept 5 invoice rows under the accounting rule; of those, 17, 25, 33, 41, 49 kept 2 dispute rows under the claims rule.</item>
/// </list>
/// Hence: on time 180, late 20, share 0.9; days to answer 100 × 14, 80 × 20, 20 × 40, so median 17
/// (the 100th and 101st values are 14 and 20), 95th percentile 40, shortest 14, longest 40.
/// </remarks>
public static class AccountabilityHistory
{
    public const string Controller = "clewer";
    public const string OtherController = "clerica";
    public const int Year = 2025;
    public const string AccountingRule = "Accounting Act (6 years)";
    public const string ClaimsRule = "Limitation of claims (3 years)";
    public const string ComplexReason = "Complex request: many systems";
    public const string FormulaReason = "=1+1 many systems";

    private static readonly RequestType[] Types = [RequestType.Access, RequestType.Erasure, RequestType.Rectification, RequestType.ObjectionToDirectMarketing];
    private static readonly Channel[] Channels = [Channel.WebForm, Channel.Api, Channel.Email];

    /// <summary>Writes the history into the host's request index table, with the production adapter.</summary>
    public static async Task WriteAsync(IntakeHost host, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(host);
        var index = new TableRequestIndex(host.Storage.Table(host.Storage.Options.RequestIndexTable));
        foreach (var batch in Build(timeZoneId).Chunk(16))
        {
            await Task.WhenAll(batch.Select(summary => index.WriteAsync(summary)));
        }
    }

    public static IReadOnlyList<RequestSummary> Build(string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var summaries = Enumerable.Range(0, 240).Select(i => Request(i, zone)).ToList();

        // Outside the year by minutes on the local clock, and another controller's requests in it.
        summaries.Add(Plain(1000, At(new DateOnly(Year - 1, 12, 31), new TimeOnly(23, 30), zone), zone, Controller));
        summaries.Add(Plain(1001, At(new DateOnly(Year + 1, 1, 1), new TimeOnly(0, 30), zone), zone, Controller));
        summaries.AddRange(Enumerable.Range(1002, 3).Select(n => Plain(n, At(new DateOnly(Year, 6, 1), new TimeOnly(12, 0), zone), zone, OtherController)));
        return summaries;
    }

    private static RequestSummary Request(int i, TimeZoneInfo zone)
    {
        // Request 0 arrives in the first minutes of 1 January local time: still in 2025, though 2024 in UTC.
        var receivedDate = new DateOnly(Year, 1, 1).AddDays(i);
        var received = At(receivedDate, i == 0 ? new TimeOnly(0, 30) : new TimeOnly(10, 0), zone);
        var summary = Plain(i, received, zone, Controller) with
        {
            Type = Types[i % 4],
            Channel = Channels[i % 3],
            Repeat = i is <= 2 or (>= 50 and <= 54),
        };

        var answerDays = i switch
        {
            < 100 => 14,
            < 180 => 20,
            < 200 => 40,
            _ => 0,
        };
        var answeredAt = At(receivedDate.AddDays(answerDays), new TimeOnly(14, 0), zone);
        var closedAt = At(receivedDate.AddDays(5), new TimeOnly(9, 0), zone);
        summary = i switch
        {
            < 5 => Refused(summary, answeredAt, RefusalGround.ManifestlyExcessive),
            < 10 => Refused(summary, answeredAt, RefusalGround.IdentityNotEstablished),
            >= 180 and < 182 => Refused(summary, answeredAt, RefusalGround.RightsOfOthers),
            < 200 => Answered(summary, answeredAt),
            < 210 => summary with { Stage = Stage.Withdrawn, ClosedAt = closedAt },
            < 220 => summary with { Stage = Stage.ClosedUnverified, ClosedAt = closedAt },
            < 235 => summary with { Stage = Stage.InProgress, VerifiedAt = received },
            _ => summary with { Stage = Stage.Purged },
        };

        if (i is >= 100 and <= 112)
        {
            summary = summary with { Extended = true, ExtensionReason = i == 112 ? FormulaReason : ComplexReason };
        }

        if (summary.Type == RequestType.Erasure && i is >= 10 and <= 49)
        {
            summary = summary with
            {
                KeptBack = i % 8 == 1
                    ? [new KeptData("invoices", 5, AccountingRule, new DateOnly(2031, 12, 31)), new KeptData("disputes", 2, ClaimsRule, null)]
                    : [new KeptData("invoices", 5, AccountingRule, new DateOnly(2031, 12, 31))],
            };
        }

        return i is (>= 70 and <= 99) or (>= 108 and <= 111) ? summary.Purged() : summary;
    }

    private static RequestSummary Answered(RequestSummary summary, DateTimeOffset at) =>
        summary.Type == RequestType.Access
            ? summary with { Stage = Stage.Delivered, VerifiedAt = summary.ReceivedAt, DeliveredAt = at }
            : summary with { Stage = Stage.Completed, VerifiedAt = summary.ReceivedAt, ClosedAt = at };

    private static RequestSummary Refused(RequestSummary summary, DateTimeOffset at, RefusalGround ground) =>
        summary with { Stage = Stage.Refused, ClosedAt = at, RefusalGround = ground };

    /// <summary>A request received at <paramref name="received"/>, due 30 days later on the local calendar, awaiting staff.</summary>
    private static RequestSummary Plain(int n, DateTimeOffset received, TimeZoneInfo zone, string controller)
    {
        var due = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, zone).DateTime).AddDays(30);
        return new RequestSummary
        {
            Id = RequestId.FromRandomBytes([0x5E, 0xED, 0, 0, 0, (byte)(n >> 8), (byte)n]),
            Controller = controller,
            Type = RequestType.Access,
            Channel = Channel.WebForm,
            Language = Language.Fi,
            Stage = Stage.AwaitingStaffReview,
            ReceivedAt = received,
            DueDate = due,
            DueAt = At(due.AddDays(1), TimeOnly.MinValue, zone),
            OriginalDueDate = due,
            Version = 1,
        };
    }

    /// <summary>The instant the zone's wall clock shows that date and time (never a skipped or doubled hour here).</summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
