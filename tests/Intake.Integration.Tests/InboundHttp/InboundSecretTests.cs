using System.Text;
using Intake.Web.Inbound;
using Microsoft.AspNetCore.Http;

namespace Intake.Integration.Tests.InboundHttp;

public sealed class InboundSecretTests
{
    private const string Secret = "s3cret-value";

    [Theory]
    [InlineData("?key=s3cret-value", null, true)]
    [InlineData("?key=s3cret-valu", null, false)]
    [InlineData("?key=s3cret-value2", null, false)]
    [InlineData("", "inbound:s3cret-value", true)]
    [InlineData("", "any-user:s3cret-value", true)]
    [InlineData("", ":s3cret-value", true)]
    [InlineData("", "s3cret-value", false)]
    [InlineData("", "inbound:wrong", false)]
    [InlineData("", null, false)]
    public void The_secret_is_taken_from_the_key_or_the_basic_auth_password(string query, string? basic, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        if (basic is not null)
        {
            context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(basic));
        }

        Assert.Equal(allowed, InboundSecret.Allows(context.Request, Secret));
    }

    [Fact]
    public void Without_a_configured_secret_nothing_is_allowed()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?key=");

        Assert.False(InboundSecret.Allows(context.Request, null));
        Assert.False(InboundSecret.Allows(context.Request, string.Empty));
    }

    [Fact]
    public void A_broken_authorization_header_is_no_password()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Basic not-base64!";

        Assert.False(InboundSecret.Allows(context.Request, Secret));
    }
}
