namespace Intake.Web.Api;

/// <summary>
/// Endpoint metadata that documents a request body in the OpenAPI document only. The framework's
/// own <c>Accepts</c> metadata would also make routing answer a wrong content type with a bare
/// 415 before the handler runs; our handlers check the type themselves and answer with problem
/// details (and the inbound endpoints check the secret first).
/// </summary>
public sealed record RequestBodyDoc(Type Type, string ContentType);
