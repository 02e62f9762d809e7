using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Records;

/// <summary>Request summaries for the list's tests: real calendar dates, one controller, references made from a number.</summary>
internal static class ListedSummaries
{
    /// <summary>Tuesday 10 March 2026, 09:00 in Helsinki.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 3, 10);

    public static RequestId Reference(int number)
    {
        // Hashed, so references of nearby numbers differ from their first character, as real ones do.
        return RequestId.FromRandomBytes(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(number)));
    }

    /// <summary>An open access request received on <paramref name="received"/>, due a month later at the end of that day (Helsinki, winter time).</summary>
    public static RequestSummary Open(int number, DateOnly received, Stage stage = Stage.AwaitingStaffReview, RequestType type = RequestType.Access, Channel channel = Channel.WebForm)
    {
        var due = received.AddMonths(1);
        return new RequestSummary
        {
            Id = Reference(number),
            Controller = "clewer",
            Type = type,
            Channel = channel,
            Language = Language.Fi,
            Stage = stage,
            ReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
            DueDate = due,
            DueAt = new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(2)),
            OriginalDueDate = due,
            Version = 3,
        };
    }
}
