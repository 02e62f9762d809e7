using System.Text;
using FsCheck.Xunit;
using Intake.Core.Tokens;

namespace Intake.Core.Tests.Tokens;

public sealed class LinkTokenSignerTests
{
    private static readonly LinkTokenSigner Signer = new(Encoding.UTF8.GetBytes("a test key that is long enough to be 256 bits"));
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly LinkToken Verify = new("R-0123-4567-89", "verify", TokenAudience.Person, Now.AddHours(72), "R-0123-4567-89.00001.mail", true);

    [Fact]
    public void A_signed_token_checks_back_to_the_same_grant()
    {
        var check = Signer.Check(Signer.Sign(Verify), Now);
        Assert.True(check.IsValid);
        Assert.Equal(Verify, check.Token);
        Assert.Equal(Verify.Id, check.TokenId);
    }

    [Fact]
    public void A_token_is_url_safe()
    {
        Assert.Matches("^[A-Za-z0-9_.-]+$", Signer.Sign(Verify));
    }

    [Fact]
    public void An_expired_token_is_recognised_as_ours_but_expired()
    {
        var check = Signer.Check(Signer.Sign(Verify), Verify.ExpiresAt);
        Assert.Equal(TokenStatus.Expired, check.Status);
        Assert.Equal("R-0123-4567-89", check.Token!.Scope);
    }

    [Fact]
    public void A_token_signed_with_another_key_is_tampered()
    {
        var other = new LinkTokenSigner(Encoding.UTF8.GetBytes("another key, also long enough for 256 bits!"));
        Assert.Equal(TokenStatus.Tampered, Signer.Check(other.Sign(Verify), Now).Status);
    }

    [Fact]
    public void Changing_the_action_in_the_payload_breaks_the_signature()
    {
        var token = Signer.Sign(Verify);
        var parts = token.Split('.');
        var payload = System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]);
        var forged = Encoding.UTF8.GetString(payload).Replace("\"verify\"", "\"approve\"", StringComparison.Ordinal);
        var forgedToken = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)) + "." + parts[1];
        Assert.Equal(TokenStatus.Tampered, Signer.Check(forgedToken, Now).Status);
    }

    [Fact]
    public void Naming_another_key_in_the_payload_breaks_the_signature()
    {
        var token = Signer.Sign(Verify);
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]));
        var forged = payload.Replace("\"K\":\"" + Signer.Keys.Current.Id + "\"", "\"K\":\"other\"", StringComparison.Ordinal);
        Assert.NotEqual(payload, forged);
        Assert.Equal(TokenStatus.Tampered, Signer.Check(System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)) + "." + parts[1], Now).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nodot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData(".")]
    [InlineData("abc.")]
    public void Garbage_is_malformed_not_an_exception(string text)
    {
        Assert.Equal(TokenStatus.Malformed, Signer.Check(text, Now).Status);
    }

    [Property]
    public bool No_string_ever_throws_or_passes_as_valid(string text) =>
        !Signer.Check(text, Now).IsValid;

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LinkTokenSigner(new byte[16]));
    }

    [Fact]
    public void A_token_carries_the_id_of_the_key_that_signed_it()
    {
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(Signer.Sign(Verify).Split('.')[0]));
        Assert.Contains("\"K\":\"" + Signer.Keys.Current.Id + "\"", payload, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{8}$", Signer.Keys.Current.Id);
    }

    [Fact]
    public void A_token_signed_before_tokens_named_their_key_still_checks_with_the_signing_key()
    {
        // Exactly what the signer wrote before key ids: the same JSON without "K".
        var json = "{\"S\":\"R-0123-4567-89\",\"A\":\"verify\",\"U\":\"p\",\"E\":" + Verify.ExpiresAt.ToUnixTimeSeconds() + ",\"N\":\"R-0123-4567-89.00001.mail\",\"O\":1}";
        var payload = Encoding.UTF8.GetBytes(json);
        var mac = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes("a test key that is long enough to be 256 bits"), payload);
        var legacy = CanonicalBase64Url.Encode(payload) + "." + CanonicalBase64Url.Encode(mac);

        var check = Signer.Check(legacy, Now);

        Assert.True(check.IsValid);
        Assert.Equal(Verify, check.Token);
    }

    [Fact]
    public void A_payload_signed_by_our_key_but_not_written_as_we_write_it_is_refused()
    {
        var key = Encoding.UTF8.GetBytes("a test key that is long enough to be 256 bits");
        var json = "{\"S\":\"R-0123-4567-89\", \"A\":\"verify\",\"U\":\"p\",\"E\":" + Verify.ExpiresAt.ToUnixTimeSeconds() + ",\"N\":\"n\",\"O\":1}";
        var payload = Encoding.UTF8.GetBytes(json);
        var token = CanonicalBase64Url.Encode(payload) + "." + CanonicalBase64Url.Encode(System.Security.Cryptography.HMACSHA256.HashData(key, payload));

        Assert.Equal(TokenStatus.Malformed, Signer.Check(token, Now).Status);
    }
}
