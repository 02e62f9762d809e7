namespace Intake.Core.Requests;

/// <summary>
/// The person the request is about. The email address is what the data is keyed on and what
/// the verification round-trip proves control of; an identity code is never asked for.
/// </summary>
public sealed record DataSubject(
    string Name,
    string Email,
    string? CustomerNumber = null,
    string? Phone = null);
