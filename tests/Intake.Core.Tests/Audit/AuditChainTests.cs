using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditRecord> Chain()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new ExtendDeadline(Given.Received.AddDays(2), Given.StaffMember, "Twelve systems to search"));
        given.Approved().AllSourcesAnswer();
        return [.. AuditChain.SealAll(given.AllEvents, 0, AuditChain.Genesis)];
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var chain = Chain();
        var result = AuditChain.Verify(chain);
        Assert.True(result.IsIntact, result.ToString());
        Assert.Equal(chain.Count, result.EntriesChecked);
        Assert.Equal(chain[^1].Hash, result.LastHash);
    }

    [Fact]
    public void Every_entry_names_actor_time_event_and_reason_where_there_is_one()
    {
        var chain = Chain();
        Assert.All(chain, r => Assert.False(string.IsNullOrEmpty(r.Actor)));
        var extension = Assert.Single(chain, r => r.EventName == "deadline-extended");
        Assert.Equal("Twelve systems to search", extension.Reason);
        Assert.StartsWith("staff:", extension.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_payload_is_found_at_its_entry()
    {
        var chain = Chain();
        chain[3] = chain[3] with { Payload = chain[3].Payload.Replace("person", "staff", StringComparison.Ordinal) + " " };
        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public void A_changed_reason_is_found()
    {
        var chain = Chain();
        var index = chain.FindIndex(r => r.EventName == "deadline-extended");
        chain[index] = chain[index] with { Reason = "Because we wanted to" };
        Assert.Equal(index + 1, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void A_deleted_entry_is_named_as_missing()
    {
        var chain = Chain();
        chain.RemoveAt(2);
        var result = AuditChain.Verify(chain);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_entries_are_found()
    {
        var chain = Chain();
        (chain[1], chain[2]) = (chain[2], chain[1]);
        Assert.Equal(2, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void A_rehashed_forgery_is_found_at_the_next_link()
    {
        var chain = Chain();
        var forged = chain[2] with { Reason = "forged" };
        forged = forged with { Hash = AuditChain.HashOf(forged.Sequence, forged.At, forged.Actor, forged.EventName, forged.Reason, forged.Payload, forged.PreviousHash) };
        chain[2] = forged;
        Assert.Equal(4, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Changing_the_time_of_an_entry_is_found()
    {
        var chain = Chain();
        chain[0] = chain[0] with { At = chain[0].At.AddMinutes(-1) };
        Assert.Equal(1, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void An_empty_chain_is_intact()
    {
        Assert.True(AuditChain.Verify([]).IsIntact);
    }
}
