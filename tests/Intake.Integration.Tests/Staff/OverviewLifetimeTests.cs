using System.Net;
using Intake.Core.Notifications;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Local.Cli;
using Intake.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

/// <summary>The overview link opens every open request of a controller: it lives hours (<c>Links:StaffOverviewHours</c>, 12), not the 30 days of an action link.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverviewLifetimeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_overview_link_minted_thirteen_hours_ago_is_refused_as_expired()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var configuration = host.Services.GetRequiredService<IConfiguration>();

        var old = StaffLinkCommand.Mint(configuration, "clewer", DateTimeOffset.UtcNow.AddHours(-13));
        var fresh = StaffLinkCommand.Mint(configuration, "clewer", DateTimeOffset.UtcNow.AddHours(-11));

        Assert.Equal(HttpStatusCode.Gone, (await new LinkFlow(host).GetAsync(Rebased(host, old))).Status);
        Assert.Equal(HttpStatusCode.OK, (await new LinkFlow(host).GetAsync(Rebased(host, fresh))).Status);
    }

    [Fact]
    public async Task An_overview_link_promising_thirty_days_is_refused_as_expired()
    {
        // A link mailed before the lifetime was shortened (or by a host set to longer) does not keep its month.
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);

        var monthLong = await flow.GetAsync(flow.Sign("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(29)));

        Assert.Equal(HttpStatusCode.Gone, monthLong.Status);
    }

    [Fact]
    public async Task The_overview_link_in_a_staff_mail_expires_within_the_overview_lifetime()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var mailedAt = DateTimeOffset.UtcNow;

        var overview = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Overview);
        var approve = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve);

        var signer = host.Services.GetRequiredService<LinkTokenSigner>();
        var overviewExpiry = signer.Check(overview.Segments[^1], mailedAt).Token!.ExpiresAt;
        var approveExpiry = signer.Check(approve.Segments[^1], mailedAt).Token!.ExpiresAt;
        Assert.InRange(overviewExpiry, mailedAt.AddHours(11), mailedAt.AddHours(12));
        // Action links keep their own lifetime (Links:StaffDays).
        Assert.True(approveExpiry > mailedAt.AddDays(29), $"approve link expires {approveExpiry:o}");
    }

    [Fact]
    public async Task A_non_positive_overview_lifetime_stops_the_host_at_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Links:StaffOverviewHours"] = "0" }));

        Assert.Contains("Links:StaffOverviewHours", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The minted link names the configured public address; ask the test host instead.</summary>
    private static Uri Rebased(IntakeHost host, Uri link) => new(host.BaseAddress, link.AbsolutePath.TrimStart('/'));
}
