using System.Security.Cryptography;
using Intake.Core.DataMaps;
using Intake.Core.Sources;
using Intake.Testing;
using Npgsql;

namespace Intake.Integration.Tests.Sources;

/// <summary>The SQL connector against a real PostgreSQL (INTAKE_POSTGRES, a throwaway cluster under test.sh); each test uses a table of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PostgresConnectorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string table = "intake_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private SampleWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await SampleWorld.CreateAsync(azurite, [new("ConnectionStrings:pg", PostgresFactAttribute.ConnectionString ?? "Host=unset")]);
        if (PostgresFactAttribute.ConnectionString is null)
        {
            return;
        }

        await Execute($"""
            CREATE TABLE {table} (id serial PRIMARY KEY, email text, customer_number text, name text, ordered_at date, processing_restricted boolean NOT NULL DEFAULT false);
            INSERT INTO {table} (email, customer_number, name, ordered_at) VALUES
              ('maija.meikalainen@example.com', 'C-1001', 'Maija Meikäläinen', DATE '2025-11-20'),
              ('Maija.Meikalainen@example.com', NULL, 'Maija M.', DATE '2016-01-10'),
              ('matti.virtanen@example.com', 'C-1002', 'Matti Virtanen', DATE '2025-01-01');
            """);
    }

    public async Task DisposeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not null)
        {
            await Execute($"DROP TABLE IF EXISTS {table}");
        }

        await world.DisposeAsync();
    }

    [PostgresFact]
    public async Task Export_finds_the_person_by_email_in_any_case()
    {
        var request = SampleWorld.NewRequest();

        var receipt = await world.Runner.RunAsync(Job(SourceAction.Export, request));

        Assert.Equal(2, receipt.RowsFound);
        var rows = await (await world.Evidence.ReadRowsAsync(request, "pg-orders"))!.ReadAsync().ToListAsync();
        Assert.Contains(rows, r => Equals(r.Get("name"), "Maija Meikäläinen"));
    }

    [PostgresFact]
    public async Task Erasure_keeps_a_recent_voucher_restricted_and_deletes_the_old_one_in_one_transaction()
    {
        var receipt = await world.Runner.RunAsync(Job(SourceAction.Erase, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.PartlyKept, receipt.Outcome);
        Assert.Equal(1L, await Scalar($"SELECT count(*) FROM {table} WHERE lower(email) = 'maija.meikalainen@example.com' AND processing_restricted"));
        Assert.Equal(2L, await Scalar($"SELECT count(*) FROM {table}"));
    }

    [PostgresFact]
    public async Task Injection_attempt_finds_nothing_and_drops_nothing()
    {
        var receipt = await world.Runner.RunAsync(Job(SourceAction.Erase, SampleWorld.NewRequest(), new PersonKeys($"x'); DROP TABLE {table}; --", "' OR 1=1 --", null)));

        Assert.Equal(SourceOutcome.NotFound, receipt.Outcome);
        Assert.Equal(3L, await Scalar($"SELECT count(*) FROM {table}"));
    }

    [PostgresFact]
    public async Task Rectification_updates_the_name_with_a_parameter()
    {
        var receipt = await world.Runner.RunAsync(Job(SourceAction.Rectify, SampleWorld.NewRequest(), rectification: new Rectification("Maija M.", "Maija Meikäläinen")));

        Assert.Equal(1, receipt.RowsAffected);
        Assert.Equal(2L, await Scalar($"SELECT count(*) FROM {table} WHERE name = 'Maija Meikäläinen'"));
    }

    private SourceJob Job(SourceAction action, Intake.Core.Requests.RequestId request, PersonKeys? person = null, Rectification? rectification = null)
    {
        var source = world.Source("clewer", "webshop-orders") with
        {
            Id = "pg-orders",
            Kind = SourceKind.Postgres,
            Connection = "pg",
            Table = table,
            Lookup = new PersonLookup("email", "customer_number", null),
            OthersDataColumns = [],
            Actions = new SourceActions(true, new ErasurePlan(ErasureMethod.DeleteRows, []), ["name"], new ColumnAssignment(new Dictionary<string, object?> { ["processing_restricted"] = true }), null, null),
        };
        return world.Job("clewer", "webshop-orders", action, request, person, rectification) with { Source = source };
    }

    private static async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
