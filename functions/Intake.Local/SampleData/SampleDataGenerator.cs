using Azure.Data.Tables;
using Microsoft.Data.Sqlite;

namespace Intake.Local.SampleData;

/// <summary>
/// Creates the fake data behind the sample data maps (config/controllers/*.json): SQLite files in a
/// folder and Azure tables in a storage account. <see cref="SamplePerson"/> is found in several
/// sources of both controllers; other fake people share the tables, and some rows mention another
/// person, to show redaction. Running it again recreates everything.
/// </summary>
public static class SampleDataGenerator
{
    /// <summary>The configuration the sample maps need: <c>ConnectionStrings:&lt;name&gt;</c> entries.</summary>
    public static IReadOnlyDictionary<string, string?> Configuration(string folder, string storageConnectionString) =>
        new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ConnectionStrings:clerica-crm"] = SqlitePath(folder, "clerica-crm"),
            ["ConnectionStrings:clerica-payroll"] = SqlitePath(folder, "clerica-payroll"),
            ["ConnectionStrings:clewer-shop"] = SqlitePath(folder, "clewer-shop"),
            ["ConnectionStrings:clewer-service"] = SqlitePath(folder, "clewer-service"),
            ["ConnectionStrings:clerica-storage"] = storageConnectionString,
            ["ConnectionStrings:clewer-storage"] = storageConnectionString,
        };

    /// <summary>
    /// Writes every sample source. <paramref name="tableName"/> may rename the Azure tables (tests
    /// give each run its own names so they can share one storage account).
    /// </summary>
    public static async Task CreateAsync(string folder, string storageConnectionString, Func<string, string>? tableName = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        tableName ??= name => name;
        await RunSqlAsync(folder, "clerica-crm", SampleSql.ClericaCrm, cancellationToken);
        await RunSqlAsync(folder, "clerica-payroll", SampleSql.ClericaPayroll, cancellationToken);
        await RunSqlAsync(folder, "clewer-shop", SampleSql.ClewerShop, cancellationToken);
        await RunSqlAsync(folder, "clewer-service", SampleSql.ClewerService, cancellationToken);

        var service = new TableServiceClient(storageConnectionString);
        await FillTableAsync(service, tableName("clericamarketing"), SampleEntities.ClericaMarketing(), cancellationToken);
        await FillTableAsync(service, tableName("clewercontests"), SampleEntities.ClewerContests(), cancellationToken);
        await FillTableAsync(service, tableName("clewerconsents"), SampleEntities.ClewerConsents(), cancellationToken);
    }

    /// <summary>
    /// A SQLite table <c>activity_log</c> with rows for one person until about
    /// <paramref name="targetBytes"/> of row data are written (for the memory test of the export).
    /// Returns the bytes of row data written.
    /// </summary>
    public static async Task<long> CreateLargeSqliteAsync(string path, string email, long targetBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetBytes);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; " +
                "CREATE TABLE activity_log (id INTEGER PRIMARY KEY, email TEXT NOT NULL, happened_at TEXT NOT NULL, event TEXT NOT NULL, detail TEXT NOT NULL, processing_restricted INTEGER NOT NULL DEFAULT 0);";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO activity_log (email, happened_at, event, detail) VALUES ($email, $at, $event, $detail)";
        var emailParameter = insert.Parameters.Add("$email", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var eventParameter = insert.Parameters.Add("$event", SqliteType.Text);
        var detail = insert.Parameters.Add("$detail", SqliteType.Text);
        emailParameter.Value = email;
        // Text that compresses like real prose (not a run of one letter), so the ZIP is large too.
        var random = new Random(20260615);
        var alphabet = "abcdefghijklmnopqrstuvwxyzäö     ".ToCharArray();
        var written = 0L;
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; written < targetBytes; i++)
        {
            var when = start.AddSeconds(i * 37L).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var what = i % 3 == 0 ? "page-view" : i % 3 == 1 ? "login" : "order-status";
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"event {i}: {new string(random.GetItems<char>(alphabet, 900))}");
            at.Value = when;
            eventParameter.Value = what;
            detail.Value = text;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            written += email.Length + when.Length + what.Length + text.Length + 8;
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public static string SqlitePath(string folder, string name) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, name + ".db"), Pooling = false }.ToString();

    private static async Task RunSqlAsync(string folder, string name, string sql, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, name + ".db");
        if (File.Exists(file))
        {
            File.Delete(file);
        }

        await using var connection = new SqliteConnection(SqlitePath(folder, name));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task FillTableAsync(TableServiceClient service, string name, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(name);
        await table.DeleteAsync(cancellationToken);
        await CreateAfterDeleteAsync(table, cancellationToken);
        foreach (var entity in entities)
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static async Task CreateAfterDeleteAsync(TableClient table, CancellationToken cancellationToken)
    {
        // Azure refuses to recreate a table for a while after deleting it (409 TableBeingDeleted).
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await table.CreateIfNotExistsAsync(cancellationToken);
                return;
            }
            catch (global::Azure.RequestFailedException e) when (e.Status == 409 && attempt < 60)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
