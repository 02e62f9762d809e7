using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// A person's entities in one Azure table. Filters are built with
/// <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which escapes every value; the
/// property names come only from the validated data map. Changes are collected and submitted on
/// commit as one transaction per partition (in chunks of 100, the service's limit), each guarded
/// by the ETag read, so a row changed meanwhile fails the batch instead of being overwritten.
/// </summary>
internal sealed class TableRecordSession(TableClient table, SourceDefinition source) : IRecordSession
{
    private const int MaxBatch = 100;

    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "odata.etag", "Timestamp" };

    private readonly List<TableTransactionAction> pending = [];

    public async IAsyncEnumerable<FoundRow> FindAsync(PersonKeys person, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        var lookup = source.Lookup;
        if (lookup.EmailColumn is { } emailProperty && !string.IsNullOrWhiteSpace(person.Email))
        {
            // Tables compare exactly: match the address as given and in the lower case we store.
            foreach (var email in new[] { person.Email.Trim(), person.Email.Trim().ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
            {
                filters.Add(Equal(emailProperty, email));
            }
        }

        if (lookup.CustomerNumberColumn is { } customerProperty && !string.IsNullOrWhiteSpace(person.CustomerNumber))
        {
            filters.Add(Equal(customerProperty, person.CustomerNumber.Trim()));
        }

        if (lookup.PhoneColumn is { } phoneProperty && !string.IsNullOrWhiteSpace(person.Phone))
        {
            filters.Add(Equal(phoneProperty, person.Phone.Trim()));
        }

        if (filters.Count == 0)
        {
            yield break;
        }

        var filter = string.Join(" or ", filters.Select(f => "(" + f + ")"));
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var fields = entity.Keys
                .Where(k => !SystemProperties.Contains(k) && !k.EndsWith("@odata.type", StringComparison.Ordinal))
                .Select(k => new KeyValuePair<string, object?>(k, entity[k]));
            yield return new FoundRow(entity, new SourceRow(fields));
        }
    }

    public Task DeleteAsync(FoundRow row, CancellationToken cancellationToken)
    {
        var entity = (TableEntity)row.Handle;
        pending.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, entity.ETag));
        return Task.CompletedTask;
    }

    public Task UpdateAsync(FoundRow row, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var original = (TableEntity)row.Handle;

        // A merge cannot remove a property, so blanking (null) replaces the entity without it.
        var replace = values.Values.Any(v => v is null);
        var entity = replace ? Copy(original) : new TableEntity(original.PartitionKey, original.RowKey);
        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                entity.Remove(name);
            }
            else
            {
                entity[name] = value is decimal d ? (double)d : value;
            }
        }

        pending.Add(new TableTransactionAction(
            replace ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.UpdateMerge,
            entity,
            original.ETag));
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var partition in pending.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }
        }

        pending.Clear();
    }

    public ValueTask DisposeAsync()
    {
        pending.Clear();
        return ValueTask.CompletedTask;
    }

    private static string Equal(string property, string value)
    {
        // Property names cannot be parameters; they come only from the validated map, checked again here.
        if (!PlainIdentifier.IsValid(property))
        {
            throw new SourceConfigurationException("A lookup property name is not a plain identifier.");
        }

        return TableClient.CreateQueryFilter(FormattableStringFactory.Create(property + " eq {0}", value));
    }

    private static TableEntity Copy(TableEntity original)
    {
        var copy = new TableEntity(original.PartitionKey, original.RowKey);
        foreach (var (name, value) in original)
        {
            if (!SystemProperties.Contains(name) && name is not "PartitionKey" and not "RowKey" && !name.EndsWith("@odata.type", StringComparison.Ordinal))
            {
                copy[name] = value;
            }
        }

        return copy;
    }
}
