using Azure.Data.Tables;
using Intake.Adapters.Recipients;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;
using Intake.Testing;
using Moq;

namespace Intake.Integration.Tests.Erasure;

[Collection(AzuriteCollection.Name)]
public sealed class ClewerErasureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;

    public async Task InitializeAsync() => world = await SampleWorld.CreateAsync(azurite);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Web_shop_customer_erasure_keeps_accounting_records_restricted_and_removes_everything_else()
    {
        var request = SampleWorld.NewRequest();

        var receipts = await EraseEverywhereAsync(request);

        var bySource = receipts.ToDictionary(r => r.SourceId);
        Assert.Equal(SourceOutcome.PartlyKept, bySource["webshop-orders"].Outcome);
        Assert.Equal((3, 1), (bySource["webshop-orders"].RowsFound, bySource["webshop-orders"].RowsAffected));
        var kept = Assert.Single(bySource["webshop-orders"].Kept);
        Assert.Equal(2, kept.Rows);
        Assert.Equal(new DateOnly(2032, 12, 31), kept.KeptUntil);
        Assert.Contains("Accounting Act (1336/1997) ch. 2 § 10", kept.Ground, StringComparison.Ordinal);
        foreach (var source in new[] { "webshop-customers", "feedback", "contests", "remote-monitoring", "marketing-consents" })
        {
            Assert.Equal(SourceOutcome.Applied, bySource[source].Outcome);
            Assert.Empty(bySource[source].Kept);
        }

        Assert.Equal(SourceOutcome.AwaitingStaff, bySource["web-analytics"].Outcome);
        Assert.Equal(2, world.Count("clewer-shop", "SELECT count(*) FROM orders WHERE customer_email = 'maija.meikalainen@example.com' AND processing_restricted = 1"));
        Assert.Equal(2, world.Count("clewer-shop", "SELECT count(*) FROM orders WHERE customer_email = 'maija.meikalainen@example.com'"));
        Assert.Equal(0, world.Count("clewer-shop", "SELECT count(*) FROM orders WHERE order_number = 'W-2017-0042'"));
        Assert.Equal(0, world.Count("clewer-shop", "SELECT count(*) FROM customers WHERE email = 'maija.meikalainen@example.com'"));
        Assert.Equal(0, world.Count("clewer-shop", "SELECT count(*) FROM feedback WHERE email = 'maija.meikalainen@example.com'"));
        Assert.Equal(0, world.Count("clewer-service", "SELECT count(*) FROM monitored_devices WHERE owner_email = 'maija.meikalainen@example.com'"));
        Assert.False((await world.Table("clewercontests").GetEntityIfExistsAsync<TableEntity>("summer-2026", "e-0001")).HasValue);
        Assert.False((await world.Table("clewerconsents").GetEntityIfExistsAsync<TableEntity>("consent", "c-0001")).HasValue);
        Assert.Equal(1, world.Count("clewer-shop", "SELECT count(*) FROM orders WHERE customer_email = 'matti.virtanen@example.com' AND processing_restricted = 0"));
    }

    [Fact]
    public async Task Every_source_leaves_one_receipt_in_evidence()
    {
        var request = SampleWorld.NewRequest();

        var receipts = await EraseEverywhereAsync(request);

        var stored = await world.Evidence.ReadReceiptsAsync(request);
        Assert.Equal(receipts.Select(r => r.SourceId).Order(), stored.Select(r => r.SourceId).Order());
        Assert.All(stored, r => Assert.Equal(SourceAction.Erase, r.Action));
        Assert.All(receipts, r => Assert.Equal($"{request.Value}/receipts/{r.SourceId}-erase.json", r.EvidenceBlob));
        var orders = stored.Single(r => r.SourceId == "webshop-orders");
        Assert.Equal(2, Assert.Single(orders.Kept).Rows);
    }

    [Fact]
    public async Task Service_still_in_use_keeps_the_monitoring_data()
    {
        var liisa = new PersonKeys("liisa.korhonen@example.com", null, null);

        var receipt = await world.Runner.RunAsync(world.Job("clewer", "remote-monitoring", SourceAction.Erase, SampleWorld.NewRequest(), liisa));

        Assert.Equal(SourceOutcome.Kept, receipt.Outcome);
        Assert.Contains("remote-monitoring contract", Assert.Single(receipt.Kept).Ground, StringComparison.Ordinal);
        Assert.Equal(1, world.Count("clewer-service", "SELECT count(*) FROM monitored_devices WHERE owner_email = 'liisa.korhonen@example.com' AND processing_restricted = 1"));
    }

    [Fact]
    public async Task Feedback_under_a_legal_hold_or_compensation_is_kept_with_its_ground()
    {
        var matti = new PersonKeys("matti.virtanen@example.com", null, null);
        var liisa = new PersonKeys("liisa.korhonen@example.com", null, null);

        var held = await world.Runner.RunAsync(world.Job("clewer", "feedback", SourceAction.Erase, SampleWorld.NewRequest(), matti));
        var compensated = await world.Runner.RunAsync(world.Job("clewer", "feedback", SourceAction.Erase, SampleWorld.NewRequest(), liisa));

        var hold = Assert.Single(held.Kept);
        Assert.Null(hold.KeptUntil);
        Assert.Contains("pending legal claim", hold.Ground, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 20), Assert.Single(compensated.Kept).KeptUntil);
    }

    [Fact]
    public async Task Recipients_of_the_erased_data_are_told_and_named_for_the_reply()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await EraseEverywhereAsync(request);
        var sent = new List<(MailMessage Message, string Key)>();
        var mail = new Mock<IMailSender>();
        mail.Setup(m => m.SendAsync(It.IsAny<MailMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<MailMessage, string, CancellationToken>((message, key, _) => sent.Add((message, key)))
            .Returns(Task.CompletedTask);
        var notifier = new RecipientNotifier(world.Catalog, mail.Object, world.Http, world.Secrets, TimeProvider.System);
        var notice = new RecipientNotice(request, world.Map("clewer").Controller.Id, RequestType.Erasure, SampleWorld.Maija, null, receipts, "effect-42", Language.Fi, SamplePerson.Today);

        var told = await notifier.NotifyAsync(notice);

        Assert.Equal(["Markkinointipalveluyritys", "Vakuutusyhtiö (vahingonkorvausvaatimukset)"], told);
        Assert.Equal(["effect-42:marketing-partner", "effect-42:insurer"], sent.Select(s => s.Key));
        var partner = sent[0].Message;
        Assert.Equal("privacy@marketing-partner.example", partner.To);
        Assert.Contains(request.Value, partner.Subject, StringComparison.Ordinal);
        Assert.Contains("poistettu", partner.Text, StringComparison.Ordinal);
        Assert.Contains(SamplePerson.Email, partner.Text, StringComparison.Ordinal);
        Assert.Contains("Markkinointiluvat", partner.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", partner.Subject, StringComparison.Ordinal);
    }

    private async Task<List<SourceReceipt>> EraseEverywhereAsync(RequestId request)
    {
        var jobs = world.Map("clewer").Sources.Select(s => world.Runner.RunAsync(world.Job("clewer", s.Id, SourceAction.Erase, request)));
        return [.. await Task.WhenAll(jobs)];
    }
}
