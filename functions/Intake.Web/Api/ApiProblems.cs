using System.Globalization;
using Intake.Core.Requests;
using Intake.Web.Forms;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Api;

/// <summary>
/// Every error of the JSON API as RFC 9457 problem details: a stable <c>type</c> URI per kind of
/// problem, a <c>title</c>, the <c>status</c>, a <c>detail</c> for people, and for invalid fields
/// <c>errors</c> keyed by JSON path. No detail ever echoes a value the client sent.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "urn:intake:problem:";

    public static IResult MalformedJson(string? path) => Results.Problem(
        detail: path is { Length: > 0 } ? $"The body is not valid JSON for this endpoint (at {path})." : "The body is not valid JSON for this endpoint.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Malformed JSON",
        type: TypePrefix + "malformed-json");

    public static IResult UnsupportedMediaType() => Results.Problem(
        detail: "Send the body as application/json.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type",
        type: TypePrefix + "unsupported-media-type");

    /// <summary>415 of the raw MIME endpoint, which takes nothing but <c>message/rfc822</c>.</summary>
    public static IResult NotRfc822() => Results.Problem(
        detail: "Send the message as message/rfc822.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type",
        type: TypePrefix + "unsupported-media-type");

    /// <summary>401 of the inbound mail endpoints: the shared secret is missing or wrong (<see cref="Inbound.InboundSecret"/>).</summary>
    public static IResult InboundUnauthorized() => Results.Problem(
        detail: "Give the inbound secret as the basic-auth password, in the X-Intake-Inbound-Key header, or as ?key=.",
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized",
        type: TypePrefix + "unauthorized");

    public static IResult TooLarge(int maxBytes) => Results.Problem(
        detail: string.Create(CultureInfo.InvariantCulture, $"The body may be at most {maxBytes} bytes."),
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large",
        type: TypePrefix + "too-large");

    public static IResult TooMany() => Results.Problem(
        detail: "Too many requests from this client or for this address. Wait as long as Retry-After says, then try again.",
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many requests",
        type: TypePrefix + "too-many-requests");

    public static IResult InvalidIdempotencyKey() => Results.Problem(
        detail: "Idempotency-Key must be 1 to 255 printable ASCII characters.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid Idempotency-Key",
        type: TypePrefix + "invalid-idempotency-key");

    public static IResult IdempotencyConflict() => Results.Problem(
        detail: "This Idempotency-Key was used in the last 24 hours with a different body. Use a new key for a new request.",
        statusCode: StatusCodes.Status409Conflict,
        title: "Idempotency-Key reused",
        type: TypePrefix + "idempotency-conflict");

    public static IResult Refused() => Results.Problem(
        detail: "The request could not be opened. Nothing was stored.",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Request refused",
        type: TypePrefix + "refused");

    public static IResult Unavailable() => Results.Problem(
        detail: "Storage is not reachable right now; nothing was stored. Retry after the time in Retry-After, with the same Idempotency-Key.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Service unavailable",
        type: TypePrefix + "unavailable");

    /// <summary>400 with one message per invalid field; unknown controllers and types list the allowed values.</summary>
    public static IResult Invalid(IEnumerable<DraftError> errors, IEnumerable<string> controllers, IEnumerable<RequestType> types)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var allowedControllers = string.Join(", ", controllers);
        var allowedTypes = string.Join(", ", types.Select(type => type.WireName()));
        var byField = errors
            .GroupBy(error => ApiFieldNames.For(error.Field), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(error => Message(error, allowedControllers, allowedTypes)).ToArray(), StringComparer.Ordinal);
        return Results.ValidationProblem(
            byField,
            detail: "One or more fields are missing or invalid; see errors.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid request",
            type: TypePrefix + "invalid-request");
    }

    private static string Message(DraftError error, string controllers, string types) => (error.Field, error.Problem) switch
    {
        (DraftField.Controller, DraftProblem.Missing) => $"Name the controller: one of {controllers}.",
        (DraftField.Controller, _) => $"Unknown controller. Allowed values: {controllers}.",
        (DraftField.Type, DraftProblem.Missing) => $"Name the request type: one of {types}.",
        (DraftField.Type, _) => $"Unknown request type. Allowed values: {types}.",
        (DraftField.Language, _) => "Unknown language. Allowed values: fi, sv, en, et.",
        (DraftField.Email or DraftField.AgentEmail, DraftProblem.Invalid) => "Must be one plain email address, like name@example.com.",
        (_, DraftProblem.Missing) => "Required.",
        (_, DraftProblem.TooLong) => string.Create(CultureInfo.InvariantCulture, $"At most {error.MaxLength} characters."),
        _ => "Invalid value.",
    };
}
