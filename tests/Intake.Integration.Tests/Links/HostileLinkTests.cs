using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Cli;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Links;

/// <summary>
/// Attacks on links, against the real host on Azurite, each where the link is used: a link that is
/// re-spelled, replayed, expired, moved to another request or audience, signed by a revoked or a
/// retired key, or itself revoked. Each test says what the attacker tries and that it fails.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileLinkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_re_encoded_link_is_refused_and_acts_on_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        // The 32-byte MAC is 43 characters; one '=' pads it to what a lenient decoder reads as the same bytes.
        var padded = new Uri(link.AbsoluteUri + "=");

        var get = await flow.GetAsync(padded);
        var post = await host.Client.PostAsync(padded, new FormUrlEncodedContent((await flow.GetAsync(link)).Hidden));

        Assert.Equal(HttpStatusCode.Forbidden, get.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
        Assert.Equal(HttpStatusCode.OK, (await flow.ActAsync(link)).Status);
    }

    [Fact]
    public async Task A_replayed_link_and_a_re_signed_copy_of_it_are_told_they_were_used()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var page = await flow.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, (await flow.PostAsync(page)).Status);
        var version = (await flow.StateAsync(id)).Version;
        // The same grant signed again (another expiry, so another string) by the host's own key.
        var signer = host.Services.GetRequiredService<LinkTokenSigner>();
        var grant = signer.Check(link.Segments[^1], DateTimeOffset.UtcNow).Token!;
        var copy = new Uri(host.BaseAddress, "l/" + signer.Sign(grant with { ExpiresAt = grant.ExpiresAt.AddHours(1) }));
        Assert.NotEqual(link, copy);

        var replay = await flow.PostAsync(page);
        var copied = await flow.GetAsync(copy);

        Assert.Equal(HttpStatusCode.Conflict, replay.Status);
        Assert.Contains("This link was already used", replay.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, copied.Status);
        Assert.Contains("This link was already used", copied.Text, StringComparison.Ordinal);
        Assert.Equal(version, (await flow.StateAsync(id)).Version);
    }

    [Fact]
    public async Task An_expired_link_is_refused_on_every_path()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);

        var verify = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Verify, TokenAudience.Person, yesterday));
        var status = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Status, TokenAudience.Person, yesterday));
        var download = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Download, TokenAudience.Person, yesterday));
        var overview = await flow.GetAsync(flow.Sign("clewer", LinkNames.Overview, TokenAudience.Staff, yesterday));

        Assert.All([verify, status, download, overview], page => Assert.Equal(HttpStatusCode.Gone, page.Status));
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task A_link_moved_onto_another_request_is_refused_and_neither_request_changes()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var mine = await flow.OpenAsync();
        var theirs = await flow.OpenAsync(email: "someone.else@example.com");
        var link = await flow.LinkAsync(mine, SamplePerson.Email, LinkNames.Verify);
        // Request ids have one length: the scope is swapped in the payload and the signature kept.
        var token = link.Segments[^1];
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var payload = Encoding.UTF8.GetString(CanonicalBase64Url.TryDecode(token.AsSpan(0, dot), out var bytes) ? bytes : []);
        var moved = payload.Replace(mine.Value, theirs.Value, StringComparison.Ordinal);
        Assert.NotEqual(payload, moved);
        var forged = new Uri(host.BaseAddress, "l/" + CanonicalBase64Url.Encode(Encoding.UTF8.GetBytes(moved)) + token[dot..]);

        var get = await flow.GetAsync(forged);
        var post = await host.Client.PostAsync(forged, new FormUrlEncodedContent((await flow.GetAsync(link)).Hidden));

        Assert.Equal(HttpStatusCode.Forbidden, get.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(mine)).Stage);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(theirs)).Stage);
    }

    [Fact]
    public async Task A_link_for_another_audience_is_refused_where_it_is_used()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);

        var approveAsPerson = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Approve, TokenAudience.Person, tomorrow));
        var verifyAsStaff = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Verify, TokenAudience.Staff, tomorrow));
        var statusAsStaff = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Status, TokenAudience.Staff, tomorrow));
        var downloadAsSource = await flow.GetAsync(flow.Sign(id.Value, LinkNames.Download, TokenAudience.Source, tomorrow));
        var overviewAsPerson = await flow.GetAsync(flow.Sign("clewer", LinkNames.Overview, TokenAudience.Person, tomorrow));

        Assert.All([approveAsPerson, verifyAsStaff, statusAsStaff, downloadAsSource, overviewAsPerson], page => Assert.Equal(HttpStatusCode.Forbidden, page.Status));
        Assert.Equal(Stage.AwaitingStaffReview, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task A_link_signed_by_a_revoked_key_is_refused_on_every_path()
    {
        var leaked = RandomNumberGenerator.GetBytes(32);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            // The key of Tokens:SigningKey leaked: a new key signs, and the old one is revoked.
            ["Tokens:SigningKey"] = Convert.ToBase64String(leaked),
            ["Tokens:Keys:k2026"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Tokens:CurrentKey"] = "k2026",
            ["Tokens:RevokedKeys"] = LinkKey.IdOf(leaked),
        });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var attacker = new LinkTokenSigner(leaked);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        Uri Forge(string scope, string action, TokenAudience audience, string path) =>
            new(host.BaseAddress, path + attacker.Sign(new LinkToken(scope, action, audience, tomorrow, "forged", action == LinkNames.Verify)));

        var verify = await flow.GetAsync(Forge(id.Value, LinkNames.Verify, TokenAudience.Person, "l/"));
        var status = await flow.GetAsync(Forge(id.Value, LinkNames.Status, TokenAudience.Person, "status/"));
        var download = await flow.GetAsync(Forge(id.Value, LinkNames.Download, TokenAudience.Person, "d/"));
        var overview = await flow.GetAsync(Forge("clewer", LinkNames.Overview, TokenAudience.Staff, "staff/"));

        Assert.All([verify, status, download, overview], page => Assert.Equal(HttpStatusCode.Forbidden, page.Status));
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
        // The host itself still works: its mail carries links of the new key.
        Assert.Equal(HttpStatusCode.OK, (await flow.ActAsync(await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify))).Status);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_on_every_path_with_the_page_of_a_tampered_one()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = azurite.ConnectionString,
            ["Storage:Prefix"] = StoragePrefix.New('r'),
            ["Tokens:SigningKey"] = Convert.ToBase64String(key),
            ["Intake:SampleData:Enabled"] = "false",
            ["Intake:DataPath"] = Path.Combine(Path.GetTempPath(), "intake-revoke-" + Guid.NewGuid().ToString("N")),
        };
        await using var host = await IntakeHost.StartAsync(azurite, settings);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var verify = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var status = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Status);
        var download = flow.Sign(id.Value, LinkNames.Download, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1), "mailed-to-the-wrong-person");
        var overview = flow.Sign("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "forwarded");
        var links = new[] { verify, status, download, overview };
        Assert.Equal(HttpStatusCode.OK, (await flow.GetAsync(status)).Status);

        foreach (var link in links)
        {
            var run = await CommandLineRun.InvokeAsync(["revoke-link", link.AbsoluteUri, .. settings.Select(pair => $"--{pair.Key}={pair.Value}")]);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.DoesNotContain(link.Segments[^1], run.Output, StringComparison.Ordinal);
        }

        foreach (var link in links)
        {
            var revoked = await flow.GetAsync(link);
            var tampered = await flow.GetAsync(Tamper(link));
            Assert.Equal(HttpStatusCode.Forbidden, revoked.Status);
            Assert.Equal(tampered.Status, revoked.Status);
            Assert.Equal(tampered.Text, revoked.Text);
        }

        var post = await host.Client.PostAsync(verify, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task A_link_signed_by_a_retired_key_works_within_its_grace_period_and_not_after()
    {
        var retiring = RandomNumberGenerator.GetBytes(32);
        var older = RandomNumberGenerator.GetBytes(32);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Tokens:SigningKey"] = Convert.ToBase64String(retiring),
            ["Tokens:Keys:k2024"] = Convert.ToBase64String(older),
            ["Tokens:Keys:k2026"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Tokens:CurrentKey"] = "k2026",
            ["Tokens:RetiredKeys:" + LinkKey.IdOf(retiring)] = Iso(DateTimeOffset.UtcNow.AddHours(1)),
            ["Tokens:RetiredKeys:k2024"] = Iso(DateTimeOffset.UtcNow.AddMinutes(-1)),
        });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var grant = new LinkToken(id.Value, LinkNames.Verify, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(3), "before-the-rotation", true);
        // Links mailed before the rotation, by the host as it was then.
        var inGrace = new Uri(host.BaseAddress, "l/" + new LinkTokenSigner(retiring).Sign(grant));
        var pastGrace = new Uri(host.BaseAddress, "l/" + new LinkTokenSigner(new LinkKeyRing([new LinkKey("k2024", older)], "k2024")).Sign(grant with { Nonce = "two-rotations-ago" }));

        var late = await flow.GetAsync(pastGrace);
        var accepted = await flow.ActAsync(inGrace);

        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.Contains("status page", late.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(Stage.AwaitingStaffReview, (await flow.StateAsync(id)).Stage);
    }

    private static Uri Tamper(Uri link)
    {
        // Flip the MAC's first character: still canonical base64url, no longer ours.
        var text = link.AbsoluteUri;
        var at = text.LastIndexOf('.') + 1;
        return new Uri(text[..at] + (text[at] == 'A' ? 'B' : 'A') + text[(at + 1)..]);
    }

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
