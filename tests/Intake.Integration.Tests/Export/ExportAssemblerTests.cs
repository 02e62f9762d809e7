using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Intake.Adapters.Export;
using Intake.Core.DataControllers;
using Intake.Core.Reports;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Export;

[Collection(AzuriteCollection.Name)]
public sealed class ExportAssemblerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;
    private ExportAssembler assembler = null!;

    public async Task InitializeAsync()
    {
        world = await SampleWorld.CreateAsync(azurite);
        assembler = new ExportAssembler(world.Catalog, world.Evidence, world.Blobs);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Theory]
    [InlineData(Language.Fi)]
    [InlineData(Language.Sv)]
    [InlineData(Language.En)]
    public async Task Access_export_for_the_sample_person_verifies_and_carries_every_article_15_item(Language language)
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await assembler.AssembleAsync(new ExportJob(request, new ControllerId("clewer"), RequestType.Access, language, receipts, Intake.Local.SampleData.SamplePerson.Today));

        var (zip, files) = await ExportFiles.DownloadAsync(world, summary);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), summary.Sha256);
        Assert.Equal(zip.LongLength, summary.Bytes);
        Assert.Equal(files.Count, summary.Files);
        var manifest = ExportFiles.VerifyManifest(files);
        Assert.Equal(language.Code(), manifest.Language);
        var report = Encoding.UTF8.GetString(files["report.html"]);
        var labels = ReportLabels.For(language);
        foreach (var item in new[] { labels.Purposes, labels.Categories, labels.Recipients, labels.Retention, labels.Rights, labels.Complaint, labels.SourceOfData, labels.AutomatedDecisions, labels.Transfers })
        {
            Assert.Contains(Html(item), report, StringComparison.Ordinal);
        }

        var map = world.Map("clewer");
        Assert.Contains(Html(map.Information.Transfers.For(language)), report, StringComparison.Ordinal);
        Assert.Contains("Clewer Logistics OÜ", report, StringComparison.Ordinal);
        Assert.Contains(Html(map.FindSource("webshop-orders")!.Name.For(language)), report, StringComparison.Ordinal);
        Assert.Contains("W-2025-1187", report, StringComparison.Ordinal);
        Assert.Contains(Html(labels.AwaitingNote), report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_files_hold_every_found_row_as_json_and_as_csv_with_a_byte_order_mark()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await assembler.AssembleAsync(new ExportJob(request, new ControllerId("clewer"), RequestType.Access, Language.Fi, receipts, Intake.Local.SampleData.SamplePerson.Today));

        var (_, files) = await ExportFiles.DownloadAsync(world, summary);
        using var orders = JsonDocument.Parse(files["data/webshop-orders.json"]);
        Assert.Equal(3, orders.RootElement.GetArrayLength());
        var csv = files["data/webshop-orders.csv"];
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("id,order_number,customer_number,customer_email,ordered_at", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Esimerkkikatu 1 A 2, 00100 Helsinki\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("data/contests.json", files.Keys);
        Assert.DoesNotContain("data/web-analytics.json", files.Keys);
    }

    [Fact]
    public async Task Another_persons_name_appears_in_no_file_of_the_export()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await assembler.AssembleAsync(new ExportJob(request, new ControllerId("clewer"), RequestType.Access, Language.En, receipts, Intake.Local.SampleData.SamplePerson.Today));

        var (_, files) = await ExportFiles.DownloadAsync(world, summary);
        foreach (var (name, content) in files)
        {
            Assert.DoesNotContain("Matti Meikäläinen", Encoding.UTF8.GetString(content), StringComparison.Ordinal);
            Assert.DoesNotContain("Asiakaspalvelija Pekka", Encoding.UTF8.GetString(content), StringComparison.Ordinal);
        }

        Assert.Contains("[redacted]", Encoding.UTF8.GetString(files["data/webshop-orders.csv"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_from_sources_are_escaped_in_the_report()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clerica", request);

        var summary = await assembler.AssembleAsync(new ExportJob(request, new ControllerId("clerica"), RequestType.Access, Language.Fi, receipts, Intake.Local.SampleData.SamplePerson.Today));

        var report = Encoding.UTF8.GetString((await ExportFiles.DownloadAsync(world, summary)).Files["report.html"]);
        Assert.Contains("&lt;alkaen lokakuusta&gt; &amp;", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<alkaen", report, StringComparison.Ordinal);
        Assert.Contains("Clerica Oy", report, StringComparison.Ordinal);
        Assert.Contains("1449135-7", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portability_export_holds_only_what_the_person_provided()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await assembler.AssembleAsync(new ExportJob(request, new ControllerId("clewer"), RequestType.Portability, Language.En, receipts, Intake.Local.SampleData.SamplePerson.Today));

        var (_, files) = await ExportFiles.DownloadAsync(world, summary);
        ExportFiles.VerifyManifest(files);
        using var orders = JsonDocument.Parse(files["data/webshop-orders.json"]);
        foreach (var row in orders.RootElement.EnumerateArray())
        {
            Assert.Equal(
                new[] { "customer_email", "delivery_address", "delivery_name", "products" },
                row.EnumerateObject().Select(p => p.Name).Order());
        }

        var csvHeader = Encoding.UTF8.GetString(files["data/webshop-orders.csv"][3..]).Split("\r\n")[0];
        Assert.Equal("customer_email,products,delivery_name,delivery_address", csvHeader);
        Assert.Contains(Html(ReportLabels.English.PortabilityTitle), Encoding.UTF8.GetString(files["report.html"]), StringComparison.Ordinal);
        Assert.DoesNotContain("data/web-analytics.json", files.Keys);
    }

    [Fact]
    public async Task Erasure_has_no_export()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            assembler.AssembleAsync(new ExportJob(SampleWorld.NewRequest(), new ControllerId("clewer"), RequestType.Erasure, Language.En, [], Intake.Local.SampleData.SamplePerson.Today)));
    }

    /// <summary>The five-character escaping of HTML text, written out so the test does not trust the code it checks.</summary>
    private static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
}
