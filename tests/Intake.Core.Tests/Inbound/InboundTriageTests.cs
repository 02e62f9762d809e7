using Intake.Core.DataControllers;
using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class InboundTriageTests
{
    private static readonly ControllerId Clerica = new("clerica");

    [Fact]
    public void An_email_request_is_keyed_on_the_from_address()
    {
        var mail = Mail("Tarkastuspyyntö", "Haluan nähdä tietoni.");

        var request = InboundTriage.ToNewRequest(mail, RequestClassifier.Classify(mail), Clerica);

        Assert.Equal(Clerica, request.Controller);
        Assert.Equal(Channel.Email, request.Channel);
        Assert.Equal(RequestType.Access, request.Type);
        Assert.True(request.TypeIsCertain);
        Assert.Equal(Language.Fi, request.Language);
        Assert.Equal(new DataSubject("Matti Meikäläinen", "matti@example.com"), request.Subject);
        Assert.Null(request.Agent);
        Assert.Equal("Tarkastuspyyntö\n\nHaluan nähdä tietoni.", request.Details.Text);
    }

    [Fact]
    public void An_unclear_mail_still_opens_a_request_for_staff_triage()
    {
        var mail = Mail("Kysymys", "Mitä teette asialle?");

        var request = InboundTriage.ToNewRequest(mail, RequestClassifier.Classify(mail), Clerica);

        Assert.False(request.TypeIsCertain);
        Assert.Equal(RequestType.Contact, request.Type);
    }

    [Fact]
    public void An_objection_on_particular_grounds_carries_the_situation()
    {
        var mail = Mail(string.Empty, "Vastustan tietojeni käsittelyä erityisestä henkilökohtaisesta syystä: olen turvakiellon alainen.");

        var request = InboundTriage.ToNewRequest(mail, RequestClassifier.Classify(mail), Clerica);

        Assert.Equal(RequestType.ObjectionOnParticularGrounds, request.Type);
        Assert.Equal(mail.Body, request.Details.ParticularSituation);
        Assert.Equal(mail.Body, request.Details.Text);
    }

    [Fact]
    public void A_sender_without_display_name_gets_an_empty_name()
    {
        var mail = Mail("Poistakaa tietoni", string.Empty) with { From = new InboundAddress("matti@example.com", null) };

        var request = InboundTriage.ToNewRequest(mail, RequestClassifier.Classify(mail), Clerica);

        Assert.Equal(string.Empty, request.Subject.Name);
        Assert.Equal("Poistakaa tietoni", request.Details.Text);
    }

    private static InboundMail Mail(string subject, string body) => new(
        new InboundAddress("matti@example.com", "Matti Meikäläinen"),
        [new InboundAddress("tietosuoja@example.com", null)],
        subject,
        body,
        "req-1@example.com",
        null,
        new Dictionary<string, string>(),
        [],
        new DateTimeOffset(2026, 3, 3, 8, 12, 0, TimeSpan.Zero));
}
