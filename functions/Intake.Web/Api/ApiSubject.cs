namespace Intake.Web.Api;

/// <summary>The person the request is about. The email address is what their data is keyed on and where the verification link goes.</summary>
public sealed record ApiSubject(string? Name, string? Email, string? CustomerNumber = null, string? Phone = null);
