using Azure;
using Azure.Data.Tables;
using Intake.Core.DataControllers;
using Intake.Core.Sources;

namespace Intake.Adapters.Suppression;

/// <summary>
/// People who objected to direct marketing (Art 21(3)), so a list import or a new sign-up form
/// never adds them again. Each entry is only <see cref="SuppressionKey"/> (a versioned,
/// controller-scoped hash of the normalized address) and when it was added: no plain address is
/// stored. Partition per controller, row key the hash.
/// </summary>
public sealed class SuppressionList
{
    public const string DefaultTable = "suppression";

    private readonly TableClient table;
    private readonly Lazy<Task> created;
    private readonly TimeProvider time;

    public SuppressionList(TableServiceClient service, TimeProvider time, string tableName = DefaultTable)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        table = service.GetTableClient(tableName);
        created = new Lazy<Task>(() => table.CreateIfNotExistsAsync());
    }

    /// <summary>Adds the person; adding again keeps the first entry (and its date).</summary>
    public async Task AddAsync(ControllerId controller, string email, CancellationToken cancellationToken = default)
    {
        await created.Value;
        var entity = new TableEntity(controller.Value, SuppressionKey.For(controller, email))
        {
            ["AddedAt"] = time.GetUtcNow(),
            ["KeyVersion"] = SuppressionKey.Version,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already suppressed: the earlier date is the one that matters.
        }
    }

    public async Task<bool> ContainsAsync(ControllerId controller, string email, CancellationToken cancellationToken = default)
    {
        await created.Value;
        var found = await table.GetEntityIfExistsAsync<TableEntity>(controller.Value, SuppressionKey.For(controller, email), cancellationToken: cancellationToken);
        return found.HasValue;
    }
}
