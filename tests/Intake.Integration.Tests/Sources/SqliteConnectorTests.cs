using Intake.Local.SampleData;
using Intake.Core.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SqliteConnectorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;

    public async Task InitializeAsync() => world = await SampleWorld.CreateAsync(azurite);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Theory]
    [InlineData("MAIJA.Meikalainen@example.com", null, null)]
    [InlineData("nobody@example.com", SamplePerson.CustomerNumber, null)]
    [InlineData("nobody@example.com", null, SamplePerson.Phone)]
    public async Task Person_is_found_by_email_customer_number_or_phone(string email, string? customerNumber, string? phone)
    {
        var request = SampleWorld.NewRequest();
        var job = world.Job("clerica", "crm-customers", SourceAction.Export, request, new PersonKeys(email, customerNumber, phone));

        var receipt = await world.Runner.RunAsync(job);

        Assert.Equal(SourceOutcome.Exported, receipt.Outcome);
        Assert.Equal(1, receipt.RowsFound);
        var rows = await world.Evidence.ReadRowsAsync(request, "crm-customers");
        var row = Assert.Single(await rows!.ReadAsync().ToListAsync());
        Assert.Equal(SamplePerson.Name, row.Get("name"));
    }

    [Fact]
    public async Task Export_writes_rows_to_evidence_with_another_persons_name_redacted()
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-correspondence", SourceAction.Export, request));

        Assert.Equal(2, receipt.RowsFound);
        Assert.Equal($"{request.Value}/rows/crm-correspondence.jsonl", receipt.EvidenceBlob);
        var rows = await (await world.Evidence.ReadRowsAsync(request, "crm-correspondence"))!.ReadAsync().ToListAsync();
        Assert.Equal("[redacted]", rows[0].Get("other_person"));
        Assert.Null(rows[1].Get("other_person"));
        Assert.Contains("<alkaen lokakuusta>", (string)rows[0].Get("message")!, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => Equals(r.Get("other_person"), "Liisa Korhonen"));
    }

    [Fact]
    public async Task Person_not_in_the_source_gets_not_found_and_an_empty_rows_file()
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Export, request, new PersonKeys("nobody@example.com", null, null)));

        Assert.Equal(SourceOutcome.NotFound, receipt.Outcome);
        Assert.Equal(0, (await world.Evidence.ReadRowsAsync(request, "crm-customers"))!.Count);
    }

    [Fact]
    public async Task Erasure_deletes_the_persons_rows_and_leaves_others()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Erase, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
        Assert.Equal(1, receipt.RowsAffected);
        Assert.Equal(0, world.Count("clerica-crm", "SELECT count(*) FROM customers WHERE email = 'maija.meikalainen@example.com'"));
        Assert.Equal(3, world.Count("clerica-crm", "SELECT count(*) FROM customers"));
    }

    [Fact]
    public async Task Erasure_keeps_and_restricts_payroll_vouchers_still_under_the_accounting_act()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "payroll-service", SourceAction.Erase, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.PartlyKept, receipt.Outcome);
        Assert.Equal(2, receipt.RowsFound);
        Assert.Equal(1, receipt.RowsAffected);
        var kept = Assert.Single(receipt.Kept);
        Assert.Equal(new DateOnly(2032, 12, 31), kept.KeptUntil);
        Assert.Contains("1336/1997", kept.Ground, StringComparison.Ordinal);
        Assert.Equal(1, world.Count("clerica-payroll", "SELECT count(*) FROM payroll_records WHERE email = 'maija.meikalainen@example.com' AND pay_date = '2026-05-31' AND processing_restricted = 1"));
        Assert.Equal(0, world.Count("clerica-payroll", "SELECT count(*) FROM payroll_records WHERE pay_date = '2018-12-31'"));
    }

    [Fact]
    public async Task Rectification_replaces_the_stated_wrong_value_only()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Rectify, SampleWorld.NewRequest(),
            rectification: new Rectification("Talousjohtaja", "Toimitusjohtaja")));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
        Assert.Equal(1, receipt.RowsAffected);
        Assert.Equal(1, world.Count("clerica-crm", "SELECT count(*) FROM customers WHERE customer_number = 'C-1001' AND title = 'Toimitusjohtaja'"));
        Assert.Equal(1, world.Count("clerica-crm", "SELECT count(*) FROM customers WHERE title = 'Kirjanpitäjä'"));
    }

    [Fact]
    public async Task Rectification_of_a_value_nobody_holds_changes_nothing_and_says_so()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Rectify, SampleWorld.NewRequest(),
            rectification: new Rectification("Kuningatar", "Toimitusjohtaja")));

        Assert.Equal(0, receipt.RowsAffected);
        Assert.Contains("nothing was changed", receipt.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restriction_marks_every_row_of_the_person()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-correspondence", SourceAction.Restrict, SampleWorld.NewRequest()));

        Assert.Equal(2, receipt.RowsAffected);
        Assert.Equal(2, world.Count("clerica-crm", "SELECT count(*) FROM correspondence WHERE processing_restricted = 1"));
    }

    [Fact]
    public async Task Objection_to_marketing_turns_marketing_and_profiling_off_and_suppresses_the_address()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.SuppressMarketing, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.Applied, receipt.Outcome);
        Assert.Equal(1, world.Count("clerica-crm", "SELECT count(*) FROM customers WHERE customer_number = 'C-1001' AND marketing_allowed = 0 AND profiling_allowed = 0"));
        Assert.True(await world.Suppression.ContainsAsync(world.Map("clerica").Controller.Id, "Maija.Meikalainen@Example.com"));
    }

    [Fact]
    public async Task Unsupported_action_is_reported_not_pretended()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-correspondence", SourceAction.Rectify, SampleWorld.NewRequest(),
            rectification: new Rectification("a", "b")));

        Assert.Equal(SourceOutcome.NotSupported, receipt.Outcome);
        Assert.Equal(1, world.Count("clerica-crm", "SELECT count(*) FROM correspondence WHERE subject = 'Tarjouspyyntö'"));
    }

    [Theory]
    [InlineData("x' OR '1'='1")]
    [InlineData("maija.meikalainen@example.com' --")]
    [InlineData("'; DROP TABLE customers; --")]
    public async Task Injection_attempts_in_values_find_nothing_and_change_nothing(string email)
    {
        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Erase, SampleWorld.NewRequest(), new PersonKeys(email, null, null)));

        Assert.Equal(SourceOutcome.NotFound, receipt.Outcome);
        Assert.Equal(4, world.Count("clerica-crm", "SELECT count(*) FROM customers"));
    }

    [Fact]
    public async Task Injection_attempt_in_a_correct_value_is_stored_as_plain_text()
    {
        const string hostile = "Robert'); DROP TABLE customers; --";

        await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Rectify, SampleWorld.NewRequest(),
            rectification: new Rectification(SamplePerson.Name, hostile)));

        Assert.Equal(4, world.Count("clerica-crm", "SELECT count(*) FROM customers"));
        using var connection = world.OpenSqlite("clerica-crm");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM customers WHERE customer_number = 'C-1001'";
        Assert.Equal(hostile, command.ExecuteScalar());
    }

    [Fact]
    public async Task Receipt_is_stored_in_evidence_as_the_proof()
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(world.Job("clerica", "crm-customers", SourceAction.Erase, request));

        Assert.Equal($"{request.Value}/receipts/crm-customers-erase.json", receipt.EvidenceBlob);
        Assert.Equal(receipt, await world.Evidence.ReadReceiptAsync(request, "crm-customers", SourceAction.Erase), new ReceiptComparer());
    }

    [Fact]
    public async Task Running_the_same_erasure_again_returns_the_first_receipt_without_acting_twice()
    {
        var request = SampleWorld.NewRequest();
        var job = world.Job("clerica", "crm-customers", SourceAction.Erase, request);

        var first = await world.Runner.RunAsync(job);
        var second = await world.Runner.RunAsync(job);

        Assert.Equal(1, second.RowsAffected);
        Assert.Equal(first, second, new ReceiptComparer());
    }
}
