using Intake.Core.DataControllers;
using Intake.Core.Inbound;
using Intake.Core.Requests;
using Intake.Web.Inbound;

namespace Intake.Integration.Tests.InboundHttp;

public sealed class InboundRequestTests
{
    private static readonly ControllerId Clerica = new("clerica");

    [Fact]
    public void A_mail_naming_no_right_becomes_an_uncertain_access_request_so_the_address_is_verified()
    {
        var request = InboundIntake.ToRequest(Mail("Kysymys", "Voisitteko soittaa minulle?", "Pekka"), Clerica);

        Assert.Equal(RequestType.Access, request.Type);
        Assert.False(request.TypeIsCertain);
        Assert.Equal(Channel.Email, request.Channel);
    }

    [Fact]
    public void A_clear_erasure_request_keeps_its_type_and_certainty()
    {
        var request = InboundIntake.ToRequest(Mail("Poistopyyntö", "Poistakaa kaikki henkilötietoni rekisteristänne.", "Pekka"), Clerica);

        Assert.Equal(RequestType.Erasure, request.Type);
        Assert.True(request.TypeIsCertain);
    }

    [Fact]
    public void A_sender_without_a_display_name_is_named_by_the_address()
    {
        var request = InboundIntake.ToRequest(Mail("Tarkastuspyyntö", "Haluan nähdä tietoni.", null), Clerica);

        Assert.Equal("pekka@example.com", request.Subject.Name);
        Assert.Equal("pekka@example.com", request.Subject.Email);
    }

    private static InboundMail Mail(string subject, string body, string? displayName) => new(
        new InboundAddress("pekka@example.com", displayName),
        [new InboundAddress("privacy@clerica.example", null)],
        subject,
        body,
        "m-1@example.com",
        null,
        new Dictionary<string, string>(),
        [],
        new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero));
}
