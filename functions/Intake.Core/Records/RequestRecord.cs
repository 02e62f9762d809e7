using Intake.Core.Process;

namespace Intake.Core.Records;

/// <summary>A request's published state and the hash of its last audit entry, which the next entry chains to.</summary>
public sealed record RequestRecord(RequestState State, string LastHash);
