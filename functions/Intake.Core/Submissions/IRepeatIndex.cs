using Intake.Core.DataControllers;
using Intake.Core.Requests;

namespace Intake.Core.Submissions;

/// <summary>
/// Remembers who asked what, keyed by a hash of the address, so a repeat can be flagged for staff
/// (Art 12(5)) without keeping a plain list of who made requests.
/// </summary>
public interface IRepeatIndex
{
    /// <summary>Requests of <paramref name="type"/> by the same address to the same controller since <paramref name="since"/>.</summary>
    Task<int> CountSinceAsync(ControllerId controller, string email, RequestType type, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Counts a verified request; idempotent by <paramref name="id"/> and <paramref name="at"/> (the same call writes the same entry).</summary>
    Task RecordAsync(ControllerId controller, string email, RequestType type, RequestId id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
