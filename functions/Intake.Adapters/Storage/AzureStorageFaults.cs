using Intake.Core.Storage;

namespace Intake.Adapters.Storage;

/// <summary>The storage port's view of an outage: <see cref="StorageFailure.Is"/>.</summary>
public sealed class AzureStorageFaults : IStorageFaults
{
    public bool IsOutage(Exception exception) => StorageFailure.Is(exception);
}
