using Intake.Core.DataMaps;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Sources;
using Intake.Core.Tokens;
using Intake.Web.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Web.Callbacks;

/// <summary>
/// <c>POST /callbacks/sources/{token}</c> (or <c>?token=</c>): another system that answered a job
/// with 202 posts its receipt here later (docs/data-map.md). The token says which request, source
/// and action the receipt may be for (unless it was revoked); the body must be signed with that
/// source's key under a fresh timestamp. Rows of an export go to the evidence store, then the
/// receipt finishes the source's task, recorded as done by the source itself. Answers are problem
/// details for machines.
/// </summary>
public sealed class SourceCallbackHandler(
    IRequestGateway gateway,
    CallbackSources sources,
    ITokenRevocations revocations,
    IEvidenceWriter evidence,
    TimeProvider time,
    StorageTrouble trouble)
{
    /// <summary>An export's rows travel in the body; a person's data in one system rarely nears this.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    public Task<IResult> PostAsync(HttpContext http, string? token)
    {
        ArgumentNullException.ThrowIfNull(http);
        return trouble.GuardAsync(http, cancellationToken => HandleAsync(http, token, cancellationToken), () => Unavailable(http));
    }

    private async Task<IResult> HandleAsync(HttpContext http, string? token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A revoked callback is refused exactly like a forged one.
        if (string.IsNullOrEmpty(token) || sources.Find(token, now) is not { } found
            || await revocations.IsRevokedAsync(found.Claims.Id, cancellationToken))
        {
            return Problem(StatusCodes.Status401Unauthorized, "Invalid callback token", "The callback token is not valid or has expired.");
        }

        var (body, tooLarge) = await ReadBodyAsync(http, cancellationToken);
        if (body is null)
        {
            return tooLarge
                ? Problem(StatusCodes.Status413PayloadTooLarge, "Receipt too large", $"The body may hold at most {MaxBodyBytes} bytes.")
                : Problem(StatusCodes.Status400BadRequest, "Unreadable body", "The request body could not be read.");
        }

        var timestamp = http.Request.Headers[WebhookSignature.TimestampHeader].ToString();
        var signature = http.Request.Headers[WebhookSignature.SignatureHeader].ToString();
        var verdict = WebhookCallbackVerifier.Verify(found.Key, token, timestamp, body, signature, now);
        if (!verdict.Accepted)
        {
            // The token was good; either the signature is wrong or stale (401), or the receipt itself is unusable (400).
            return WebhookSignature.Verify(found.Key, timestamp, body, signature, now)
                ? Problem(StatusCodes.Status400BadRequest, "Unusable receipt", verdict.Problem)
                : Problem(StatusCodes.Status401Unauthorized, "Invalid signature", "The body signature does not verify or the timestamp is more than five minutes away.");
        }

        var claims = verdict.Claims!;
        var state = await gateway.FindAsync(claims.Request, cancellationToken);
        if (state is null || state.Controller != found.Map.Controller.Id)
        {
            return Problem(StatusCodes.Status410Gone, "No such request", "The request no longer exists.");
        }

        // A receipt already recorded is never overwritten: a replayed or late second post changes nothing.
        if (!state.Tasks.TryGetValue(claims.SourceId, out var task) || task.IsFinished || state.Stage.IsClosed())
        {
            return Problem(StatusCodes.Status409Conflict, "Already recorded", "This source's receipt was already recorded, or the request no longer waits for it.");
        }

        var receipt = await StoreEvidenceAsync(found.Source, claims, verdict, cancellationToken);
        var result = await gateway.SendAsync(claims.Request, new RecordSourceReceipt(now, Actor.Source(claims.SourceId), receipt), null, cancellationToken);
        return result.Outcome switch
        {
            GatewayOutcome.Accepted => TypedResults.Ok(new CallbackAnswer("recorded", claims.Request.Value, claims.SourceId)),
            GatewayOutcome.Queued => TypedResults.Accepted((string?)null, new CallbackAnswer("queued", claims.Request.Value, claims.SourceId)),
            _ => Problem(StatusCodes.Status409Conflict, "Not recorded", result.Rejection?.Message ?? "The request does not wait for this receipt."),
        };
    }

    private static async Task<(byte[]? Body, bool TooLarge)> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, true);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return (null, true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge);
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>Writes the rows (others' data redacted, as for any export) and the receipt to the evidence store.</summary>
    private async Task<SourceReceipt> StoreEvidenceAsync(SourceDefinition source, WebhookCallbackClaims claims, WebhookCallbackVerdict verdict, CancellationToken cancellationToken)
    {
        var receipt = verdict.Receipt!;
        if (claims.Action == SourceAction.Export && verdict.Rows.Count > 0)
        {
            await using var writer = await evidence.OpenRowsAsync(claims.Request, source.Id, cancellationToken);
            foreach (var row in verdict.Rows)
            {
                await writer.WriteAsync(RowProjection.RedactOthersData(source, row), cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
            receipt = receipt with { EvidenceBlob = writer.BlobName };
        }

        receipt = receipt with { EvidenceBlob = receipt.EvidenceBlob ?? EvidenceBlobNames.Receipt(claims.Request, source.Id, claims.Action) };
        await evidence.WriteReceiptAsync(claims.Request, receipt, cancellationToken);
        return receipt;
    }

    private static IResult Problem(int status, string title, string? detail) => TypedResults.Problem(detail, statusCode: status, title: title);

    private static IResult Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = LinkPages.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable", "Storage cannot be reached right now; nothing was recorded. Post the receipt again later.");
    }
}
