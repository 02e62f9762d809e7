using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;

namespace Intake.Core.Audit;

/// <summary>Seals events into the hash chain and checks a chain link by link.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Turns an event into the next link after <paramref name="previousHash"/>.</summary>
    public static AuditRecord Seal(int sequence, RequestEvent @event, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var payload = IntakeJson.Serialize<RequestEvent>(@event);
        var actor = @event.Actor.ToString();
        var reason = AuditReasons.Of(@event);
        var hash = HashOf(sequence, @event.At, actor, @event.Name, reason, payload, previousHash);
        return new AuditRecord(sequence, @event.At, actor, @event.Name, reason, payload, previousHash, hash);
    }

    /// <summary>Seals a run of events that follows the entry with <paramref name="lastSequence"/> and <paramref name="lastHash"/>.</summary>
    public static IReadOnlyList<AuditRecord> SealAll(IEnumerable<RequestEvent> events, int lastSequence, string lastHash)
    {
        ArgumentNullException.ThrowIfNull(events);
        var records = new List<AuditRecord>();
        var previous = lastHash;
        var sequence = lastSequence;
        foreach (var e in events)
        {
            var record = Seal(++sequence, e, previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    /// <summary>Checks every link in order and names the first one that is broken.</summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var expectedPrevious = Genesis;
        var expectedSequence = 1;
        var count = 0;
        foreach (var record in records)
        {
            if (record.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(count, expectedSequence, $"entry {expectedSequence} is missing (found {record.Sequence} in its place)");
            }

            if (!string.Equals(record.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, record.Sequence, $"entry {record.Sequence} does not follow entry {record.Sequence - 1}: the previous hash differs");
            }

            var recomputed = HashOf(record.Sequence, record.At, record.Actor, record.EventName, record.Reason, record.Payload, record.PreviousHash);
            if (!string.Equals(recomputed, record.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, record.Sequence, $"entry {record.Sequence} was altered: its content does not match its hash");
            }

            expectedPrevious = record.Hash;
            expectedSequence++;
            count++;
        }

        return AuditVerification.Intact(count, expectedPrevious);
    }

    /// <summary>SHA-256 over the fields, each on its own line, in a fixed order and culture-free format.</summary>
    public static string HashOf(int sequence, DateTimeOffset at, string actor, string eventName, string? reason, string payload, string previousHash)
    {
        var canonical = new StringBuilder()
            .Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(actor).Append('\n')
            .Append(eventName).Append('\n')
            .Append(reason ?? string.Empty).Append('\n')
            .Append(payload).Append('\n')
            .Append(previousHash)
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
