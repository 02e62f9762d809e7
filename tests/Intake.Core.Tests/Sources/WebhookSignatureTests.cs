using System.Text;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-signing-key-of-32-bytes!!");
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Signature_is_hmac_sha256_over_timestamp_dot_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("1781517600.{\"a\":1}")));

        Assert.Equal("1781517600", WebhookSignature.Timestamp(Now));
        Assert.Equal(expected, WebhookSignature.Compute(Key, "1781517600", body));
    }

    [Fact]
    public void Own_signature_verifies()
    {
        var body = Encoding.UTF8.GetBytes("{\"rowsFound\":2}");
        var timestamp = WebhookSignature.Timestamp(Now);

        Assert.True(WebhookSignature.Verify(Key, timestamp, body, WebhookSignature.Compute(Key, timestamp, body), Now.AddMinutes(1)));
    }

    [Fact]
    public void Changed_body_other_key_or_stale_timestamp_fail()
    {
        var body = Encoding.UTF8.GetBytes("{\"rowsFound\":2}");
        var timestamp = WebhookSignature.Timestamp(Now);
        var signature = WebhookSignature.Compute(Key, timestamp, body);

        Assert.False(WebhookSignature.Verify(Key, timestamp, Encoding.UTF8.GetBytes("{\"rowsFound\":3}"), signature, Now));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("another-key-another-key-another!"), timestamp, body, signature, Now));
        Assert.False(WebhookSignature.Verify(Key, timestamp, body, signature, Now.AddMinutes(6)));
        Assert.False(WebhookSignature.Verify(Key, "not-a-number", body, signature, Now));
        Assert.False(WebhookSignature.Verify(Key, timestamp, body, null, Now));
    }
}
