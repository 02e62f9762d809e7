namespace Intake.Core.Sources;

/// <summary>
/// What a source may find the person by. The email address is verified by the round trip; the
/// customer number and phone are what the person stated and are used as extra keys only.
/// </summary>
public sealed record PersonKeys(string Email, string? CustomerNumber, string? Phone);
