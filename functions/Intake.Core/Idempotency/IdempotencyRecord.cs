using Intake.Core.Requests;

namespace Intake.Core.Idempotency;

/// <summary>
/// What an idempotency key stands for: the reference it opened (or is opening), a hash of the body
/// it came with, and the first answer once there is one.
/// </summary>
/// <param name="Reference">The request the key opened, or was reserved to open.</param>
/// <param name="BodyHash">SHA-256 of the body, hex: the same key with another body is a client error.</param>
/// <param name="Response">The first answer as sent, or null while the request is still being opened.</param>
/// <param name="CreatedAt">When the key was first used; the key is forgotten after the window.</param>
public sealed record IdempotencyRecord(RequestId Reference, string BodyHash, string? Response, DateTimeOffset CreatedAt);
