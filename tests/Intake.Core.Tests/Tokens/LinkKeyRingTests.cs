using System.Text;
using Intake.Core.Tokens;

namespace Intake.Core.Tests.Tokens;

public sealed class LinkKeyRingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] OldSecret = Encoding.UTF8.GetBytes("the key of last year, long enough for 256 bits");
    private static readonly byte[] NewSecret = Encoding.UTF8.GetBytes("the key of this year, long enough for 256 bits");
    private static readonly LinkToken Status = new("R-0123-4567-89", "status", TokenAudience.Person, Now.AddDays(300), "mail-1:status", false);

    /// <summary>The host before the rotation: the old key alone signs.</summary>
    private static readonly LinkTokenSigner Before = new(new LinkKeyRing([new LinkKey("2025", OldSecret)], "2025"));

    [Fact]
    public void After_a_rotation_the_new_key_signs_and_an_old_link_works_until_its_key_retires()
    {
        var after = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret, retiredUntil: Now.AddDays(30)), new LinkKey("2026", NewSecret)], "2026"));
        var old = Before.Sign(Status);

        Assert.True(after.Check(old, Now.AddDays(29)).IsValid);
        Assert.Equal(TokenStatus.Expired, after.Check(old, Now.AddDays(30)).Status);
        Assert.True(after.Check(after.Sign(Status), Now.AddDays(30)).IsValid);
    }

    [Fact]
    public void A_revoked_key_is_refused_at_once_even_for_links_that_have_not_expired()
    {
        var after = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret, revoked: true), new LinkKey("2026", NewSecret)], "2026"));

        var check = after.Check(Before.Sign(Status), Now);

        Assert.Equal(TokenStatus.Revoked, check.Status);
        Assert.Null(check.Token);
    }

    [Fact]
    public void A_token_naming_a_key_the_ring_does_not_hold_is_tampered()
    {
        var other = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2027", NewSecret)], "2027"));
        Assert.Equal(TokenStatus.Tampered, other.Check(Before.Sign(Status), Now).Status);
    }

    [Fact]
    public void A_key_staged_before_it_signs_already_verifies()
    {
        // Several instances rotate one after the other: the new key verifies everywhere before any instance signs with it.
        var staged = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret), new LinkKey("2026", NewSecret)], "2025"));
        var rotated = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret), new LinkKey("2026", NewSecret)], "2026"));

        Assert.True(staged.Check(rotated.Sign(Status), Now).IsValid);
    }

    [Fact]
    public void Tokens_without_a_key_id_are_refused_when_no_key_is_named_for_them()
    {
        var legacy = LegacySign(OldSecret, Status);
        var named = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret)], "2025"));
        var unnamed = new LinkTokenSigner(new LinkKeyRing([new LinkKey("2025", OldSecret)], "2025", unnamedId: "2025"));

        Assert.Equal(TokenStatus.Tampered, named.Check(legacy, Now).Status);
        Assert.True(unnamed.Check(legacy, Now).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Key")]
    [InlineData("-k")]
    [InlineData("k k")]
    [InlineData("a-key-id-that-is-longer-than-32-chars")]
    public void A_key_id_must_be_short_lowercase_and_plain(string id)
    {
        Assert.False(LinkKey.IsValidId(id));
        Assert.Throws<ArgumentException>(() => new LinkKey(id, NewSecret));
    }

    [Fact]
    public void The_current_key_must_exist_and_be_neither_retired_nor_revoked()
    {
        Assert.Throws<ArgumentException>(() => new LinkKeyRing([new LinkKey("2025", OldSecret)], "2026"));
        Assert.Throws<ArgumentException>(() => new LinkKeyRing([new LinkKey("2025", OldSecret, retiredUntil: Now)], "2025"));
        Assert.Throws<ArgumentException>(() => new LinkKeyRing([new LinkKey("2025", OldSecret, revoked: true)], "2025"));
        Assert.Throws<ArgumentException>(() => new LinkKeyRing([new LinkKey("2025", OldSecret), new LinkKey("2025", NewSecret)], "2025"));
    }

    [Fact]
    public void A_single_key_gets_an_id_derived_from_it()
    {
        Assert.Equal(LinkKeyRing.Single(OldSecret).Current.Id, LinkKeyRing.Single(OldSecret).Current.Id);
        Assert.NotEqual(LinkKeyRing.Single(OldSecret).Current.Id, LinkKeyRing.Single(NewSecret).Current.Id);
    }

    private static string LegacySign(byte[] secret, LinkToken token)
    {
        var json = $"{{\"S\":\"{token.Scope}\",\"A\":\"{token.Action}\",\"U\":\"p\",\"E\":{token.ExpiresAt.ToUnixTimeSeconds()},\"N\":\"{token.Nonce}\",\"O\":{(token.SingleUse ? 1 : 0)}}}";
        var payload = Encoding.UTF8.GetBytes(json);
        return CanonicalBase64Url.Encode(payload) + "." + CanonicalBase64Url.Encode(System.Security.Cryptography.HMACSHA256.HashData(secret, payload));
    }
}
