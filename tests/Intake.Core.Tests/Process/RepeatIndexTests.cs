using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Process;

/// <summary>A request counts in the repeat index only once it is known to be the person's own.</summary>
public sealed class RepeatIndexTests
{
    private static readonly Agent Agent = new("Asiamies Oy", "agent@example.com", "mandate.pdf");

    [Fact]
    public void Submitting_a_request_counts_nothing_in_the_repeat_index()
    {
        var given = Given.Submitted();

        Assert.Empty(given.AllEffects.OfType<RecordVerifiedRequest>());
    }

    [Fact]
    public void Verifying_the_address_counts_the_request_under_its_type_and_day_of_receipt()
    {
        var given = Given.Submitted(RequestType.Erasure).Verified();

        var recorded = Assert.Single(given.LastEffects<RecordVerifiedRequest>());
        Assert.Equal(RequestType.Erasure, recorded.Type);
        Assert.Equal(Given.Received, recorded.ReceivedAt);
    }

    [Fact]
    public void A_request_closed_unverified_never_counts()
    {
        var given = Given.Submitted();
        given.Tick(Given.Received.AddDays(14));

        Assert.Equal(Stage.ClosedUnverified, given.State.Stage);
        Assert.Empty(given.AllEffects.OfType<RecordVerifiedRequest>());
    }

    [Fact]
    public void An_agents_request_counts_only_when_staff_approve_it_with_the_mandate_checked()
    {
        var given = Given.Submitted(agent: Agent).Verified();
        Assert.Empty(given.AllEffects.OfType<RecordVerifiedRequest>());

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();

        Assert.Single(given.LastEffects<RecordVerifiedRequest>());
    }

    [Fact]
    public void An_uncertain_mail_counts_under_the_type_staff_chose_in_triage()
    {
        var given = Given.Submitted(certain: false).Verified();
        Assert.Empty(given.AllEffects.OfType<RecordVerifiedRequest>());

        given.Approved(RequestType.Erasure);

        Assert.Equal(RequestType.Erasure, Assert.Single(given.LastEffects<RecordVerifiedRequest>()).Type);
    }

    [Fact]
    public void A_contact_message_never_counts()
    {
        var given = Given.Submitted(RequestType.Contact);
        given.Approved();

        Assert.Empty(given.AllEffects.OfType<RecordVerifiedRequest>());
    }
}
