using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// A person's rows in one SQL table, through ADO.NET. Statements are built only from identifiers
/// the data map validated (quoted) and every value travels as a parameter, so nothing a person
/// types can change a statement. The SQL is the common subset SQLite and PostgreSQL both read.
/// </summary>
internal sealed class SqlRecordSession : IRecordSession
{
    private readonly DbConnection connection;
    private readonly SourceDefinition source;
    private DbTransaction? transaction;

    private SqlRecordSession(DbConnection connection, SourceDefinition source)
    {
        this.connection = connection;
        this.source = source;
    }

    public static async Task<SqlRecordSession> OpenAsync(DbConnection connection, SourceDefinition source, bool write, CancellationToken cancellationToken)
    {
        var session = new SqlRecordSession(connection, source);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (write)
            {
                session.transaction = await connection.BeginTransactionAsync(cancellationToken);
            }
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    public async IAsyncEnumerable<FoundRow> FindAsync(PersonKeys person, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = NewCommand();
        var conditions = new List<string>();
        var lookup = source.Lookup;
        if (lookup.EmailColumn is { } emailColumn && !string.IsNullOrWhiteSpace(person.Email))
        {
            // Addresses differ in case between systems; the domain is case-insensitive and most
            // stores treat the local part so too.
            conditions.Add($"lower({PlainIdentifier.Quote(emailColumn)}) = lower({Parameter(command, person.Email.Trim())})");
        }

        if (lookup.CustomerNumberColumn is { } customerColumn && !string.IsNullOrWhiteSpace(person.CustomerNumber))
        {
            conditions.Add($"{PlainIdentifier.Quote(customerColumn)} = {Parameter(command, person.CustomerNumber.Trim())}");
        }

        if (lookup.PhoneColumn is { } phoneColumn && !string.IsNullOrWhiteSpace(person.Phone))
        {
            conditions.Add($"{PlainIdentifier.Quote(phoneColumn)} = {Parameter(command, person.Phone.Trim())}");
        }

        if (conditions.Count == 0)
        {
            yield break;
        }

        command.CommandText = $"SELECT * FROM {PlainIdentifier.Quote(source.Table!)} WHERE {string.Join(" OR ", conditions)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var keyIndexes = source.KeyColumns
            .Select(k => Array.FindIndex(names, n => string.Equals(n, k, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        if (keyIndexes.Any(i => i < 0))
        {
            throw new SourceConfigurationException($"Source {source.Id}: a key column named in the data map is not in table {source.Table}.");
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                values[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
            }

            var key = keyIndexes.Select(i => new KeyValuePair<string, object?>(names[i], values[i])).ToArray();
            yield return new FoundRow(key, new SourceRow(names.Select((n, i) => new KeyValuePair<string, object?>(n, values[i]))));
        }
    }

    public async Task DeleteAsync(FoundRow row, CancellationToken cancellationToken)
    {
        await using var command = NewCommand();
        command.CommandText = $"DELETE FROM {PlainIdentifier.Quote(source.Table!)} WHERE {KeyCondition(command, row)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpdateAsync(FoundRow row, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return;
        }

        await using var command = NewCommand();
        var assignments = string.Join(", ", values.Select(v => $"{PlainIdentifier.Quote(v.Key)} = {Parameter(command, v.Value)}"));
        command.CommandText = $"UPDATE {PlainIdentifier.Quote(source.Table!)} SET {assignments} WHERE {KeyCondition(command, row)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // An uncommitted transaction rolls back here: a failed erasure leaves the source as it was.
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    private DbCommand NewCommand()
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        return command;
    }

    private static string KeyCondition(DbCommand command, FoundRow row)
    {
        var key = (KeyValuePair<string, object?>[])row.Handle;
        var conditions = new StringBuilder();
        foreach (var (column, value) in key)
        {
            if (conditions.Length > 0)
            {
                conditions.Append(" AND ");
            }

            conditions.Append(PlainIdentifier.Quote(column)).Append(" = ").Append(Parameter(command, value));
        }

        return conditions.ToString();
    }

    private static string Parameter(DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
