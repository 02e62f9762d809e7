using Intake.Core.Inbound;

namespace Intake.Core.Tests.Inbound;

public sealed class SubjectPrefixTests
{
    [Theory]
    [InlineData("Fwd: pyyntö", true)]
    [InlineData("FW: request", true)]
    [InlineData("VL: pyyntö", true)]
    [InlineData("VB: begäran", true)]
    [InlineData("Re: pyyntö", false)]
    [InlineData("Vs: pyyntö", false)]
    [InlineData("Tarkastuspyyntö", false)]
    [InlineData(null, false)]
    public void Forward_subjects_are_recognised(string? subject, bool expected) =>
        Assert.Equal(expected, SubjectPrefix.IsForward(subject));

    [Theory]
    [InlineData("Re: Vahvista tarkastuspyyntösi", true)]
    [InlineData("RE: request", true)]
    [InlineData("Vs: Uutiskirje", true)]
    [InlineData("SV: Registerutdrag", true)]
    [InlineData("AW: Anfrage", true)]
    [InlineData("Re[2]: request", true)]
    [InlineData("Fwd: request", false)]
    [InlineData("Revoke consent", false)]
    [InlineData("Svar", false)]
    [InlineData(null, false)]
    public void Reply_subjects_are_recognised(string? subject, bool expected) =>
        Assert.Equal(expected, SubjectPrefix.IsReply(subject));
}
