using System.Net;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Tokens;
using Intake.Testing;

namespace Intake.Integration.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class VerificationLinkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Opening_the_verification_link_shows_a_confirmation_and_changes_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var before = await flow.StateAsync(id);

        var page = await flow.GetAsync(link);
        var again = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("Confirm my email address", page.Text, StringComparison.Ordinal);
        Assert.Contains(id.Value, page.Text, StringComparison.Ordinal);
        var after = await flow.StateAsync(id);
        Assert.Equal(Stage.AwaitingVerification, after.Stage);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Posting_the_confirmation_verifies_the_address_once_and_a_replay_is_told_the_link_was_used()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var page = await flow.GetAsync(link);

        var done = await flow.PostAsync(page);
        var replay = await flow.PostAsync(page);
        var reopened = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("your email address is confirmed", done.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, replay.Status);
        Assert.Contains("This link was already used", replay.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, reopened.Status);
        var state = await flow.StateAsync(id);
        Assert.NotNull(state.VerifiedAt);
        Assert.Equal(Stage.AwaitingStaffReview, state.Stage);
    }

    [Fact]
    public async Task A_tampered_link_is_refused_with_403_on_get_and_post()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var page = await flow.GetAsync(link);
        var text = link.AbsoluteUri;
        // Flip one character of the signature: the token still parses but no longer verifies.
        var tampered = new Uri(text[..^2] + (text[^2] == 'A' ? 'B' : 'A') + text[^1]);

        var get = await flow.GetAsync(tampered);
        var post = await host.Client.PostAsync(tampered, new FormUrlEncodedContent(page.Hidden));
        var malformed = await flow.GetAsync(new Uri(host.BaseAddress, "l/not-a-token"));

        Assert.Equal(HttpStatusCode.Forbidden, get.Status);
        // Nothing in a tampered token is trusted, not even its language: the page follows the browser, else Finnish.
        Assert.Contains("Linkki ei toimi", get.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, malformed.Status);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task An_expired_link_answers_410_and_says_how_to_get_a_new_one()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var expired = flow.Sign(id.Value, LinkNames.Verify, TokenAudience.Person, DateTimeOffset.UtcNow.AddMinutes(-1));

        var page = await flow.GetAsync(expired);
        var post = await host.Client.PostAsync(expired, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("status page", page.Text, StringComparison.Ordinal);
        Assert.Contains("privacy@clewer.example", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_spends_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);

        var forged = await host.Client.PostAsync(link, new FormUrlEncodedContent([]));
        var real = await flow.ActAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.Status);
    }

    [Fact]
    public async Task An_oversized_post_is_refused_with_413_and_the_link_still_works()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var page = await flow.GetAsync(link);

        var huge = await flow.PostAsync(page, [new("padding", new string('x', 200_000))]);
        var real = await flow.PostAsync(page);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.Status);
        Assert.Contains("64 kB", huge.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, real.Status);
    }

    [Fact]
    public async Task A_person_link_cannot_act_as_staff()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.AwaitingReviewAsync();
        var forged = flow.Sign(id.Value, LinkNames.Approve, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1));

        var page = await flow.GetAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal(Stage.AwaitingStaffReview, (await flow.StateAsync(id)).Stage);
    }

    [Theory]
    [InlineData("fi", "Vahvista sähköpostiosoitteesi")]
    [InlineData("sv", "Bekräfta din e-postadress")]
    [InlineData("en", "Confirm your email address")]
    public async Task The_confirmation_page_speaks_the_language_of_its_path(string language, string heading)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);

        var page = await flow.GetAsync(new Uri(host.BaseAddress, $"{language}{link.AbsolutePath}"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains(heading, page.Text, StringComparison.Ordinal);
        Assert.Equal($"/{language}{link.AbsolutePath}", page.FormAction);
    }
}
