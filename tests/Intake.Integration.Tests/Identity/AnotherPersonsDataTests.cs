using System.IO.Compression;
using System.Net;
using System.Text;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Identity;

/// <summary>
/// Attacks on another person's data through the identifiers a request carries, against the real
/// host: a customer number typed by someone else must neither pull that customer's rows into an
/// export nor erase them; only a number staff confirmed is used.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnotherPersonsDataTests(AzuriteFixture azurite)
{
    private const string Eve = "eve@example.net";

    /// <summary>Approval is off, as an organisation may set it: only the identity rules stand between Eve and Maija's rows.</summary>
    private static readonly Dictionary<string, string?> NoApproval = new() { ["Process:ApprovalRequiredFor"] = "none" };

    [Fact]
    public async Task Typed_customer_number_of_another_person_pulls_none_of_their_rows_into_the_export()
    {
        await using var host = await IntakeHost.StartAsync(azurite, NoApproval);
        var flow = new LinkFlow(host);
        var id = await OpenByApiAsync(host, "access", "Eve Example", Eve, SamplePerson.CustomerNumber, SamplePerson.Phone);
        await flow.ActAsync(await flow.LinkAsync(id, Eve, LinkNames.Verify));
        var review = await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        Assert.Contains(ReviewReason.UnverifiedIdentifiers, review.ReviewReasons);

        await flow.ApproveAsync(id);
        await ConfirmManualSourceAsync(flow, id, SourceAction.Export);
        await flow.WaitForStageAsync(id, Stage.Delivered);

        var data = await ExportDataAsync(flow, id, Eve);
        foreach (var (entry, text) in data)
        {
            Assert.DoesNotContain(SamplePerson.CustomerNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SamplePerson.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Meikäläinen", text, StringComparison.Ordinal);
            Assert.DoesNotContain(SamplePerson.Phone, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Typed_customer_number_of_another_person_erases_none_of_their_rows()
    {
        await using var host = await IntakeHost.StartAsync(azurite, NoApproval);
        var flow = new LinkFlow(host);
        var before = CountShopRows(host, "SELECT count(*) FROM customers WHERE customer_number = 'C-1001'");
        var id = await OpenByApiAsync(host, "erasure", "Eve Example", Eve, SamplePerson.CustomerNumber, SamplePerson.Phone);
        await flow.ActAsync(await flow.LinkAsync(id, Eve, LinkNames.Verify));
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);

        await flow.ApproveAsync(id);
        await ConfirmManualSourceAsync(flow, id, SourceAction.Erase);
        await flow.WaitForStageAsync(id, Stage.Completed);

        Assert.Equal(1, before);
        Assert.Equal(1, CountShopRows(host, "SELECT count(*) FROM customers WHERE customer_number = 'C-1001'"));
        Assert.Equal(3, CountShopRows(host, "SELECT count(*) FROM orders WHERE customer_number = 'C-1001'"));
    }

    [Fact]
    public async Task Customer_number_staff_confirm_on_the_approve_page_finds_the_rows_held_under_it()
    {
        await using var host = await IntakeHost.StartAsync(azurite, NoApproval);
        var flow = new LinkFlow(host);
        const string newAddress = "maija.uusi@example.com";
        var id = await OpenByApiAsync(host, "access", SamplePerson.Name, newAddress, SamplePerson.CustomerNumber, null);
        await flow.ActAsync(await flow.LinkAsync(id, newAddress, LinkNames.Verify));
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);

        var page = await flow.GetAsync(await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve));
        Assert.Contains("C-1001", page.Text, StringComparison.Ordinal);
        var done = await flow.PostAsync(page, [new("confirm-identifier", "customer-number")]);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal([IdentifierKind.CustomerNumber], (await flow.StateAsync(id)).ConfirmedIdentifiers.ToArray());
        await ConfirmManualSourceAsync(flow, id, SourceAction.Export);
        await flow.WaitForStageAsync(id, Stage.Delivered);

        var data = await ExportDataAsync(flow, id, newAddress);
        Assert.Contains(data, entry => entry.Key == "data/webshop-customers.json" && entry.Value.Contains(SamplePerson.CustomerNumber, StringComparison.Ordinal));
    }

    /// <summary>Opens a Clewer request through the JSON API, as anyone on the internet can.</summary>
    private static async Task<RequestId> OpenByApiAsync(IntakeHost host, string type, string name, string email, string? customerNumber, string? phone)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            type,
            controller = "clewer",
            language = "en",
            subject = new { name, email, customerNumber, phone },
        });
        var response = await host.Client.PostAsync("api/requests", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return RequestId.Parse(json.RootElement.GetProperty("reference").GetString()!);
    }

    /// <summary>Clewer's web-analytics source is a manual task: staff record that they found nothing.</summary>
    private static async Task ConfirmManualSourceAsync(LinkFlow flow, RequestId id, SourceAction action)
    {
        await flow.WaitForTaskAsync(id, "web-analytics", SourceTaskStatus.AwaitingStaff);
        var now = DateTimeOffset.UtcNow;
        var receipt = new SourceReceipt("web-analytics", action, SourceOutcome.NotFound, 0, 0, [], "Nothing in the analytics tool.", null, now);
        await flow.Host.Gateway.SendAsync(id, new ConfirmSourceTask(now, Actor.Staff("test"), receipt));
    }

    /// <summary>Every data file of the delivered export, by entry name, downloaded the way the person does.</summary>
    private static async Task<Dictionary<string, string>> ExportDataAsync(LinkFlow flow, RequestId id, string to)
    {
        var link = await flow.LinkAsync(id, to, LinkNames.Download);
        var redirect = await Downloads.DownloadLinkTests.DownloadAsync(flow.Host, link);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        using var storage = new HttpClient();
        var zip = await storage.GetByteArrayAsync(redirect.Headers.Location);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(entry => entry.FullName.StartsWith("data/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            data[entry.FullName] = await reader.ReadToEndAsync();
        }

        return data;
    }

    private static long CountShopRows(IntakeHost host, string sql)
    {
        var folder = host.Services.GetRequiredService<IConfiguration>()["Intake:SampleData:Folder"]!;
        using var connection = new SqliteConnection(SampleDataGenerator.SqlitePath(folder, "clewer-shop"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
