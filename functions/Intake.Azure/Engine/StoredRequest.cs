using Azure;
using Intake.Core.Process;

namespace Intake.Azure.Engine;

/// <summary>A request's state as read, with what a commit needs to follow it safely.</summary>
/// <param name="ETag">Guards the next write: a concurrent writer makes it fail instead of losing an update.</param>
/// <param name="LastHash">The hash of the last audit entry, which the next entry chains to.</param>
public sealed record StoredRequest(RequestState State, ETag ETag, string LastHash, DateTimeOffset? NextWake);
