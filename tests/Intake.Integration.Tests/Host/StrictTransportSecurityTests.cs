using Intake.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Integration.Tests.Host;

/// <summary>The header the Functions app's worker middleware adds to every HTTP response (the Functions host cannot run here).</summary>
public sealed class StrictTransportSecurityTests
{
    [Fact]
    public void A_browser_that_saw_one_answer_in_azure_never_follows_a_plain_http_link_there_again()
    {
        var context = new DefaultHttpContext();

        StrictTransportSecurity.Apply(context.Response, development: false);

        Assert.Equal("max-age=31536000; includeSubDomains", context.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public void Development_on_localhost_gets_no_rule_the_browser_would_keep_for_a_year()
    {
        var context = new DefaultHttpContext();

        StrictTransportSecurity.Apply(context.Response, development: true);

        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
