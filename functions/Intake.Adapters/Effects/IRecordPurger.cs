using Intake.Core.Requests;

namespace Intake.Adapters.Effects;

/// <summary>Deletes what is kept about a request once its retention period ends.</summary>
public interface IRecordPurger
{
    Task PurgeAsync(RequestId id, CancellationToken cancellationToken = default);
}
