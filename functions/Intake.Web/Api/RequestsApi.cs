using System.Text;
using System.Text.Json;
using Intake.Core.Gateway;
using Intake.Core.Idempotency;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Storage;
using Intake.Core.Submissions;
using Intake.Web.Forms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using Intake.Web.Hosting;
using Intake.Web.RateLimits;

namespace Intake.Web.Api;

/// <summary>
/// The JSON API: <c>POST /api/requests</c> opens a data subject request, <c>POST /api/contact</c> a
/// contact message; both answer 202 with the reference. The API has no authentication, so it only
/// opens: there is no way to read a request back, and the link that acts on it goes by mail to the
/// person. An <c>Idempotency-Key</c> header makes a retried call safe (24 h, same body → the first
/// answer; another body → 409).
/// </summary>
public sealed partial class RequestsApi(
    IControllerCatalog catalog,
    IIdempotencyStore idempotency,
    IRequestGateway gateway,
    IEvidenceStore evidence,
    IntakeService intake,
    PersonRateLimits limits,
    IStorageFaults storage,
    ILogger<RequestsApi> logger)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The OpenAPI tag of the JSON API.</summary>
    public const string Tag = "Requests";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static readonly RequestType[] ContactOnly = [RequestType.Contact];

    public Task<IResult> PostRequestAsync(HttpContext context) =>
        SubmitAsync(context, RequestDraftValidator.Rights, "api/requests");

    public Task<IResult> PostContactAsync(HttpContext context) =>
        SubmitAsync(context, ContactOnly, "api/contact");

    private async Task<IResult> SubmitAsync(HttpContext context, IReadOnlyCollection<RequestType> allowed, string scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!JsonBody.IsJson(request.ContentType))
        {
            return ApiProblems.UnsupportedMediaType();
        }

        string? key = null;
        if (request.Headers.TryGetValue(IdempotencyHeader, out var keys))
        {
            key = keys.ToString();
            if (keys.Count != 1 || key.Length is 0 or > 255 || key.Any(c => c is < '!' or > '~'))
            {
                return ApiProblems.InvalidIdempotencyKey();
            }
        }

        // Only a request may carry an agent's mandate file; a contact message stays small.
        var limit = allowed.Contains(RequestType.Contact) ? FieldLimits.JsonBytes : FieldLimits.JsonWithMandateBytes;
        var body = await JsonBody.ReadAsync(context, limit);
        if (body is null)
        {
            return ApiProblems.TooLarge(limit);
        }

        ApiRequestBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ApiRequestBody>(body, Json);
        }
        catch (JsonException e)
        {
            return ApiProblems.MalformedJson(e.Path);
        }

        if (parsed is null)
        {
            return ApiProblems.MalformedJson(null);
        }

        var languageKnown = LanguageCodes.TryParse(parsed.Language ?? "fi", out var language);
        var isContact = allowed.Contains(RequestType.Contact);
        var draft = parsed.ToDraft(languageKnown ? language : Language.Fi, isContact ? parsed.Type ?? RequestType.Contact.WireName() : parsed.Type);
        var check = RequestDraftValidator.Check(draft, catalog, allowed);
        var errors = check.Errors.ToList();
        if (!languageKnown)
        {
            errors.Add(new DraftError(DraftField.Language, DraftProblem.Invalid));
        }

        MandateFile? mandate = null;
        if (draft.OnBehalf)
        {
            (mandate, var mandateError) = ReadMandate(parsed.Agent?.Mandate);
            if (mandateError is not null)
            {
                errors.Add(mandateError);
            }
        }

        if (errors.Count > 0 || check.Request is null)
        {
            return ApiProblems.Invalid(errors, catalog.Controllers.Select(controller => controller.Id.Value), allowed);
        }

        try
        {
            return key is null
                ? await OpenFreshAsync(context, check.Request, mandate)
                : await OpenIdempotentAsync(context, check.Request, mandate, scope, key, IIdempotencyStore.HashOf(body));
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            LogStorageDown(logger, e.GetType().Name);
            FormPages.SetRetryAfter(context, IStorageFaults.RetryAfter);
            return ApiProblems.Unavailable();
        }
    }

    /// <summary>The mandate an agent must send with every request, checked by its bytes, or the problem with it.</summary>
    private static (MandateFile? File, DraftError? Error) ReadMandate(ApiMandate? mandate)
    {
        if (string.IsNullOrWhiteSpace(mandate?.Content))
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.Missing));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(mandate.Content);
        }
        catch (FormatException)
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.Invalid));
        }

        return MandateFile.From(mandate.FileName, bytes);
    }

    private async Task<IResult> OpenFreshAsync(HttpContext context, NewRequest request, MandateFile? mandate)
    {
        if (await LimitedAsync(context, request) is { } limited)
        {
            return limited;
        }

        var (response, _) = await OpenAsync(context, request, mandate, IntakeService.NewId());
        return response is null ? ApiProblems.Refused() : Accepted(response, replayed: false);
    }

    private async Task<IResult> OpenIdempotentAsync(HttpContext context, NewRequest request, MandateFile? mandate, string scope, string key, string bodyHash)
    {
        var claim = await idempotency.ClaimAsync(scope, key, bodyHash, IntakeService.NewId(), context.RequestAborted);
        switch (claim.Verdict)
        {
            case IdempotencyVerdict.Conflict:
                return ApiProblems.IdempotencyConflict();
            case IdempotencyVerdict.Replay:
                return Accepted(claim.Record.Response!, replayed: true);
        }

        var reference = claim.Record.Reference;
        if (claim.Verdict == IdempotencyVerdict.Pending
            && await gateway.FindAsync(reference, context.RequestAborted) is { } opened)
        {
            // The first call opened the request but stopped before storing its answer: answer from the request.
            var rebuilt = Serialize(Answer(reference, request, opened));
            await idempotency.CompleteAsync(scope, key, rebuilt, context.RequestAborted);
            return Accepted(rebuilt, replayed: true);
        }

        if (await LimitedAsync(context, request) is { } limited)
        {
            if (claim.Verdict == IdempotencyVerdict.Claimed)
            {
                await idempotency.ReleaseAsync(scope, key, context.RequestAborted);
            }

            return limited;
        }

        // A pending key whose request does not exist yet is opened under the reference it reserved:
        // if the first call is still opening, one of the two finds the reference taken.
        var (response, replayed) = await OpenAsync(context, request, mandate, reference);
        if (response is null)
        {
            await idempotency.ReleaseAsync(scope, key, context.RequestAborted);
            return ApiProblems.Refused();
        }

        await idempotency.CompleteAsync(scope, key, response, context.RequestAborted);
        return Accepted(response, replayed);
    }

    /// <summary>
    /// Opens the request under <paramref name="id"/>, with the agent's mandate stored under it first;
    /// the JSON answer, or null when the process refused it (and the file is deleted again).
    /// </summary>
    private async Task<(string? Response, bool Replayed)> OpenAsync(HttpContext context, NewRequest request, MandateFile? mandate, RequestId id)
    {
        string? mandateBlob = null;
        if (mandate is not null && request.Agent is not null)
        {
            using var content = new MemoryStream(mandate.Content, writable: false);
            mandateBlob = await evidence.WriteAttachmentAsync(id, FormSubmission.MandateFolder, mandate.FileName, content, context.RequestAborted);
            request = request with { Agent = request.Agent with { MandateDocument = mandateBlob } };
        }

        var result = await intake.OpenAsync(request, id, context.RequestAborted);
        if (!result.IsOpened && mandateBlob is not null && result.Rejection?.Code != RejectionCode.AlreadyExists)
        {
            await evidence.DeleteAsync(mandateBlob, context.RequestAborted);
        }

        if (!result.IsOpened)
        {
            if (result.Rejection?.Code == RejectionCode.AlreadyExists && await gateway.FindAsync(id, context.RequestAborted) is { } existing)
            {
                return (Serialize(Answer(id, request, existing)), true);
            }

            LogRefused(logger, result.Rejection?.Code.ToString() ?? "unknown");
            return (null, false);
        }

        LogOpened(logger, id.Value, request.Type);
        var state = result.Outcome == GatewayOutcome.Accepted ? await gateway.FindAsync(id, context.RequestAborted) : null;
        return (Serialize(Answer(id, request, state)), false);
    }

    private static ApiAccepted Answer(RequestId id, NewRequest request, RequestState? state) => new(
        id.Value,
        state?.Stage.WireName() ?? (request.Type.HasStatutoryClock() ? Stage.AwaitingVerification : Stage.AwaitingStaffReview).WireName(),
        state?.CurrentDueDate);

    /// <summary>The per-address limit, counted on the address the process writes to (the agent's when there is one).</summary>
    private async Task<IResult?> LimitedAsync(HttpContext context, NewRequest request)
    {
        var verdict = await limits.TakeRequestAsync(request.Agent?.Email ?? request.Subject.Email, context.RequestAborted);
        if (verdict.Allowed)
        {
            return null;
        }

        FormPages.SetRetryAfter(context, verdict.RetryAfter);
        return ApiProblems.TooMany();
    }

    private static string Serialize(ApiAccepted answer) => JsonSerializer.Serialize(answer, Json);

    private static IResult Accepted(string json, bool replayed) => new AcceptedJson(json, replayed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {Reference} ({Type}) from the API")]
    private static partial void LogOpened(ILogger logger, string reference, RequestType type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An API request was refused by the process: {Code}")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while opening an API request ({Error}); answered 503")]
    private static partial void LogStorageDown(ILogger logger, string error);
}
