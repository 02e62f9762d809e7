using System.Text;
using Intake.Core.Tokens;

namespace Intake.Core.Tests.Tokens;

public sealed class LinkGateTests
{
    private static readonly LinkTokenSigner Signer = new(Encoding.UTF8.GetBytes("a test key that is long enough to be 256 bits"));
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly LinkToken Download = new("R-0123-4567-89", "download", TokenAudience.Person, Now.AddDays(7), "mail-9:download", false);

    [Fact]
    public async Task A_revoked_token_is_refused_without_its_grant()
    {
        var revocations = new Revocations();
        var gate = new LinkGate(Signer, revocations);
        await revocations.RevokeAsync(Download.Id, Now, Download.ExpiresAt);

        var check = await gate.CheckAsync(Signer.Sign(Download), Now);

        Assert.Equal(TokenStatus.Revoked, check.Status);
        Assert.Null(check.Token);
    }

    [Fact]
    public async Task Revoking_one_link_leaves_the_others_of_the_same_request_working()
    {
        var revocations = new Revocations();
        var gate = new LinkGate(Signer, revocations);
        await revocations.RevokeAsync(Download.Id, Now, Download.ExpiresAt);

        var other = await gate.CheckAsync(Signer.Sign(Download with { Nonce = "mail-10:download" }), Now);

        Assert.True(other.IsValid);
    }

    [Fact]
    public async Task Forged_text_is_refused_without_asking_the_revocation_list()
    {
        var revocations = new Revocations();
        var gate = new LinkGate(Signer, revocations);

        var token = Signer.Sign(Download);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var forged = token[..(dot + 1)] + (token[dot + 1] == 'A' ? 'B' : 'A') + token[(dot + 2)..];

        var check = await gate.CheckAsync(forged, Now);

        Assert.Equal(TokenStatus.Tampered, check.Status);
        Assert.Equal(0, revocations.Reads);
    }

    private sealed class Revocations : ITokenRevocations
    {
        private readonly HashSet<string> ids = [];

        public int Reads { get; private set; }

        public Task<bool> RevokeAsync(string tokenId, DateTimeOffset revokedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
            Task.FromResult(ids.Add(tokenId));

        public Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(ids.Contains(tokenId));
        }
    }
}
