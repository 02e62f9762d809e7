using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class SenderAuthenticationReaderTests
{
    private const string From = "maija@example.com";

    [Theory]
    [InlineData("pass", "{@example.com : pass}", AuthenticationResult.Pass, AuthenticationResult.Pass)]
    [InlineData("softfail", "{@example.com : fail}", AuthenticationResult.SoftFail, AuthenticationResult.Fail)]
    [InlineData("fail", "none", AuthenticationResult.Fail, AuthenticationResult.None)]
    [InlineData("neutral", "{@mail.example.com : pass}", AuthenticationResult.Neutral, AuthenticationResult.Pass)]
    [InlineData("pass", "{@other.example : fail, @example.com : pass}", AuthenticationResult.Pass, AuthenticationResult.Pass)]
    public void SendGrids_spf_and_dkim_fields_are_read_for_the_senders_domain(string spf, string dkim, AuthenticationResult expectedSpf, AuthenticationResult expectedDkim)
    {
        Assert.Equal(new SenderAuthentication(expectedSpf, expectedDkim), SenderAuthenticationReader.FromSendGrid(spf, dkim, From));
    }

    [Fact]
    public void A_signature_by_another_domain_does_not_vouch_for_the_sender()
    {
        var checks = SenderAuthenticationReader.FromSendGrid("fail", "{@attacker.example : pass}", From);

        Assert.Equal(AuthenticationResult.Fail, checks.Dkim);
        Assert.True(checks.FailsBoth);
    }

    [Fact]
    public void Missing_fields_are_unknown_not_failed()
    {
        var checks = SenderAuthenticationReader.FromSendGrid(null, null, From);

        Assert.Equal(SenderAuthentication.Unknown, checks);
        Assert.False(checks.FailsBoth);
    }

    [Fact]
    public void The_topmost_authentication_results_header_is_read_and_lower_ones_are_not_trusted()
    {
        var headers = new[]
        {
            KeyValuePair.Create("Authentication-Results", "mx.intake.example; spf=fail (sender IP is 192.0.2.1; not permitted) smtp.mailfrom=example.com; dkim=fail header.d=example.com header.s=s1"),
            KeyValuePair.Create("Authentication-Results", "forged.example; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com"),
        };

        var checks = SenderAuthenticationReader.FromHeaders(headers, From);

        Assert.Equal(new SenderAuthentication(AuthenticationResult.Fail, AuthenticationResult.Fail), checks);
        Assert.True(checks.FailsBoth);
    }

    [Fact]
    public void Received_spf_gives_spf_when_authentication_results_say_nothing_of_it()
    {
        var headers = new[] { KeyValuePair.Create("Received-SPF", "Pass (mx.intake.example: domain of maija@example.com designates 192.0.2.1 as permitted sender)") };

        Assert.Equal(new SenderAuthentication(AuthenticationResult.Pass, AuthenticationResult.Unknown), SenderAuthenticationReader.FromHeaders(headers, From));
    }

    [Fact]
    public void A_message_without_result_headers_is_unknown()
    {
        Assert.Equal(SenderAuthentication.Unknown, SenderAuthenticationReader.FromHeaders([KeyValuePair.Create("Subject", "Hello")], From));
    }

    [Fact]
    public void Dkim_by_header_i_counts_for_the_domain_after_the_at_sign()
    {
        var headers = new[] { KeyValuePair.Create("Authentication-Results", "mx.intake.example; dkim=pass header.i=@example.com; spf=softfail smtp.mailfrom=example.com") };

        Assert.Equal(new SenderAuthentication(AuthenticationResult.SoftFail, AuthenticationResult.Pass), SenderAuthenticationReader.FromHeaders(headers, From));
    }
}
