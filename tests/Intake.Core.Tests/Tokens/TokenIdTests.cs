using System.Text;
using Intake.Core.Tokens;

namespace Intake.Core.Tests.Tokens;

public sealed class TokenIdTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly LinkToken Approve = new("R-0123-4567-89", "approve", TokenAudience.Staff, Now.AddDays(30), "effect-7:approve", true);

    [Fact]
    public void An_id_is_32_lowercase_hex_characters()
    {
        Assert.Matches("^[0-9a-f]{32}$", Approve.Id);
        Assert.True(TokenIds.IsId(Approve.Id));
    }

    [Fact]
    public void Each_link_of_a_mail_has_its_own_id()
    {
        Assert.NotEqual(Approve.Id, (Approve with { Nonce = "effect-8:approve" }).Id);
        Assert.NotEqual(Approve.Id, (Approve with { Action = "reject", Nonce = "effect-7:reject" }).Id);
        Assert.NotEqual(Approve.Id, (Approve with { Scope = "R-9999-4567-89" }).Id);
    }

    [Fact]
    public void Fields_cannot_be_shifted_into_one_another_to_reach_another_id()
    {
        var one = new LinkToken("ab", "c", TokenAudience.Staff, Now, "d", true);
        var other = new LinkToken("a", "bc", TokenAudience.Staff, Now, "d", true);
        Assert.NotEqual(one.Id, other.Id);
    }

    [Fact]
    public void The_same_grant_signed_again_under_another_key_or_expiry_keeps_its_id()
    {
        var old = new LinkTokenSigner(Encoding.UTF8.GetBytes("the key of last year, long enough for 256 bits"));
        var next = new LinkTokenSigner(Encoding.UTF8.GetBytes("the key of this year, long enough for 256 bits"));

        var first = old.Check(old.Sign(Approve), Now);
        var second = next.Check(next.Sign(Approve with { ExpiresAt = Now.AddDays(60) }), Now);

        Assert.Equal(first.TokenId, second.TokenId);
    }

    [Fact]
    public void A_token_nothing_is_trusted_in_has_no_id()
    {
        Assert.Null(TokenCheck.Tampered.TokenId);
        Assert.False(TokenIds.IsId(Approve.Id.ToUpperInvariant()));
    }
}
