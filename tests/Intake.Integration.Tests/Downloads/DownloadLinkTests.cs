using System.Net;
using System.Security.Cryptography;
using Intake.Core.Records;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Downloads;

[Collection(AzuriteCollection.Name)]
public sealed class DownloadLinkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_mail_scanner_opening_the_download_link_neither_counts_as_the_download_nor_gets_a_storage_url()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Download);

        // A scanner fetches the link (often twice, HEAD then GET) with no cookie and presses nothing.
        using var scanner = flow.NewClient();
        var head = await scanner.SendAsync(new HttpRequestMessage(HttpMethod.Head, link));
        var get = await scanner.GetAsync(link);
        var scanned = await flow.StateAsync(id);
        var human = await DownloadAsync(host, link);

        Assert.NotEqual(HttpStatusCode.Redirect, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Null(get.Headers.Location);
        Assert.DoesNotContain("sig=", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, scanned.Downloads);
        Assert.Equal(HttpStatusCode.Redirect, human.StatusCode);
        Assert.Equal(1, (await flow.StateAsync(id)).Downloads);
        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Single(trail, record => record.EventName == "export-downloaded");
    }

    [Fact]
    public async Task A_button_press_without_the_page_token_downloads_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Download);

        var forged = await host.Client.PostAsync(link, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(forged.Headers.Location);
        Assert.Equal(0, (await flow.StateAsync(id)).Downloads);
    }

    [Fact]
    public async Task Each_use_is_audited_then_redirected_to_a_fresh_read_only_sas_that_serves_the_export()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Download);
        var export = (await flow.StateAsync(id)).Export!;

        var first = await DownloadAsync(host, link);
        var second = await DownloadAsync(host, link);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var sas = first.Headers.Location!;
        Assert.NotEqual(host.BaseAddress.Authority, sas.Authority);
        Assert.Contains("sp=r&", sas.Query + "&", StringComparison.Ordinal);
        Assert.Contains("sig=", sas.Query, StringComparison.Ordinal);
        Assert.NotEqual(link, sas);
        using var storage = new HttpClient();
        var zip = await storage.GetByteArrayAsync(sas);
        Assert.Equal(export.Sha256, Convert.ToHexStringLower(SHA256.HashData(zip)));
        Assert.Equal("PK"u8.ToArray(), zip[..2]);
        var state = await flow.StateAsync(id);
        Assert.Equal(2, state.Downloads);
        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Equal(2, trail.Count(record => record.EventName == "export-downloaded" && record.Actor == "person"));
    }

    [Fact]
    public async Task A_sas_past_its_minutes_is_refused_by_storage_itself()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Downloads:SasMinutes"] = "0.05" });
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Download);
        var sas = (await DownloadAsync(host, link)).Headers.Location!;
        using var storage = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await storage.GetAsync(sas)).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var late = await storage.GetAsync(sas);

        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task After_the_download_period_the_export_is_deleted_and_the_link_answers_410()
    {
        // 0.0001 days is under nine seconds: the whole download period passes within the test.
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Downloads:LinkDays"] = "0.0001" });
        var flow = new LinkFlow(host);
        var id = await flow.DeliveredAsync();
        var link = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Download);
        var blob = (await flow.StateAsync(id)).Export!.BlobName;

        await flow.WaitForStageAsync(id, Stage.Completed, TimeSpan.FromSeconds(40));
        var page = await flow.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("export was deleted", page.Text, StringComparison.Ordinal);
        var exports = host.Storage.Container(host.Storage.Options.ExportsContainer);
        Assert.False(await WaitForDeletionAsync(exports.GetBlobClient(blob)));
    }

    [Fact]
    public async Task A_tampered_or_foreign_download_link_is_refused_with_403()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var valid = flow.Sign(id.Value, LinkNames.Download, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1)).AbsoluteUri;
        var tampered = new Uri(valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1]);
        var staffToken = flow.Sign(id.Value, LinkNames.Download, TokenAudience.Staff, DateTimeOffset.UtcNow.AddDays(1));
        var verifyToken = flow.Sign(id.Value, LinkNames.Verify, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1));
        var asDownload = new Uri(host.BaseAddress, "d/" + verifyToken.AbsolutePath["/l/".Length..]);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.GetAsync(staffToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.GetAsync(asDownload)).StatusCode);
        Assert.Equal(0, (await flow.StateAsync(id)).Downloads);
    }

    [Fact]
    public async Task A_download_link_before_the_answer_is_ready_offers_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var early = flow.Sign(id.Value, LinkNames.Download, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1));

        var page = await flow.GetAsync(early);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(Stage.AwaitingVerification, (await flow.StateAsync(id)).Stage);
    }

    /// <summary>What a person does: open the link, press the button.</summary>
    internal static async Task<HttpResponseMessage> DownloadAsync(IntakeHost host, Uri link)
    {
        var page = await LinkPage.ReadAsync(await host.Client.GetAsync(link));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FormAction);
        return await host.Client.PostAsync(new Uri(host.BaseAddress, page.FormAction), new FormUrlEncodedContent(page.Hidden));
    }

    private static async Task<bool> WaitForDeletionAsync(global::Azure.Storage.Blobs.BlobClient blob)
    {
        for (var i = 0; i < 50 && await blob.ExistsAsync(); i++)
        {
            await Task.Delay(100);
        }

        return await blob.ExistsAsync();
    }
}
