using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Core.Notifications;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

/// <summary>
/// The staff pages in "Azure mode" (<c>Staff:RequireSignIn=true</c>) on the real local host. The
/// tests set <c>X-MS-CLIENT-PRINCIPAL</c> themselves, as App Service Authentication does in Azure
/// after it has stripped whatever the client sent.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StaffSignInTests(AzuriteFixture azurite)
{
    private const string AllowedGroup = "6f1c3a52-0d3e-4c5b-9a61-2b7f4e8d9c10";

    // Spelled out, not taken from the product's constants: the test says what Azure and Bicep set.
    private const string RequireSignInKey = "Staff:RequireSignIn";

    private const string AllowedGroupKey = "Staff:AllowedGroup";

    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private const string OtherGroup = "0b9d2f47-8e15-4a6c-b3d2-7c4e1f5a6b20";

    private static Dictionary<string, string?> AzureMode() => new(LinkFlow.PatientVerification())
    {
        ["Intake:StaffLanguage"] = "en",
        [RequireSignInKey] = "true",
        [AllowedGroupKey] = AllowedGroup,
    };

    [Fact]
    public async Task Staff_overview_in_azure_mode_without_a_signed_in_principal_is_refused_with_a_sign_in_link()
    {
        await using var host = await IntakeHost.StartAsync(azurite, AzureMode());
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var overview = Overview(host);

        var page = await GetAsync(host, overview, principal: null);
        var detail = await GetAsync(host, new Uri(overview.AbsoluteUri + "/requests/" + id.Value), principal: null);

        Assert.Equal(HttpStatusCode.Unauthorized, page.Status);
        Assert.Contains("href=\"/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(overview.AbsolutePath) + "\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(id.Value, page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, detail.Status);
        Assert.DoesNotContain("Audit", detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_overview_with_a_principal_outside_the_allowed_group_is_forbidden()
    {
        await using var host = await IntakeHost.StartAsync(azurite, AzureMode());
        var id = await new LinkFlow(host).OpenAsync();

        var page = await GetAsync(host, Overview(host), Principal("aad", ("groups", OtherGroup), ("name", "Outsider")));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("not in the group allowed", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(id.Value, page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_overview_with_a_principal_in_the_allowed_group_opens()
    {
        await using var host = await IntakeHost.StartAsync(azurite, AzureMode());
        var id = await new LinkFlow(host).OpenAsync();
        var overview = Overview(host);
        var member = Principal("aad", ("groups", OtherGroup), ("groups", AllowedGroup.ToUpperInvariant()));

        var page = await GetAsync(host, overview, member);
        var detail = await GetAsync(host, new Uri(overview.AbsoluteUri + "/requests/" + id.Value), member);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(id.Value, page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("Audit chain intact", detail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_misshapen_principal_header_opens_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite, AzureMode());
        var overview = Overview(host);
        var valid = overview.AbsoluteUri;
        var tampered = new Uri(valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1]);

        // The group in a claim of another type, or from another provider, is not membership.
        var asRole = await GetAsync(host, overview, Principal("aad", ("roles", AllowedGroup)));
        var otherProvider = await GetAsync(host, overview, Principal("github", ("groups", AllowedGroup)));
        // Not base64, base64 of something other than a principal: read as no principal, never a 500.
        var garbage = await GetAsync(host, overview, "not base64 at all!");
        var notPrincipal = await GetAsync(host, overview, Convert.ToBase64String(Encoding.UTF8.GetBytes("[\"groups\"]")));
        // Signed in as a member does not stand in for the signed link.
        var memberWithTamperedLink = await GetAsync(host, tampered, Principal("aad", ("groups", AllowedGroup)));

        Assert.Equal(HttpStatusCode.Forbidden, asRole.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherProvider.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, notPrincipal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, memberWithTamperedLink.Status);
    }

    [Fact]
    public async Task Locally_with_sign_in_off_a_principal_header_is_ignored()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Intake:StaffLanguage"] = "en" });
        var valid = Overview(host).AbsoluteUri;
        var tampered = new Uri(valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1]);

        var forgedMember = await GetAsync(host, tampered, Principal("aad", ("groups", AllowedGroup)));
        var plainLink = await GetAsync(host, new Uri(valid), principal: null);

        Assert.Equal(HttpStatusCode.Forbidden, forgedMember.Status);
        Assert.Equal(HttpStatusCode.OK, plainLink.Status);
    }

    [Fact]
    public async Task Staff_action_links_keep_working_without_sign_in_in_azure_mode()
    {
        await using var host = await IntakeHost.StartAsync(azurite, AzureMode());
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var approve = await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve);

        var done = await flow.ActAsync(approve);

        Assert.Equal(HttpStatusCode.OK, done.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("privacy-team")]
    public async Task Sign_in_without_a_valid_allowed_group_stops_the_host_at_start(string? group)
    {
        // Sign-in with no group would let every account of the tenant see the staff pages.
        var settings = new Dictionary<string, string?> { [RequireSignInKey] = "true", [AllowedGroupKey] = group };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => IntakeHost.StartAsync(azurite, settings));

        Assert.Contains(AllowedGroupKey, error.ToString(), StringComparison.Ordinal);
    }

    private static Uri Overview(IntakeHost host) =>
        host.Services.GetRequiredService<LinkIssuer>().Issue("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-signin");

    /// <summary>The header as Easy Auth writes it: base64 of the provider and the claims.</summary>
    private static string Principal(string provider, params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = provider,
            claims = claims.Select(claim => new { typ = claim.Type, val = claim.Value }),
            name_typ = "name",
            role_typ = "roles",
        }));

    private static async Task<LinkPage> GetAsync(IntakeHost host, Uri link, string? principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        if (principal is not null)
        {
            request.Headers.TryAddWithoutValidation(PrincipalHeader, principal);
        }

        return await LinkPage.ReadAsync(await host.Client.SendAsync(request));
    }
}
