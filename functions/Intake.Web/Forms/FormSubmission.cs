using Intake.Core.DataControllers;
using Intake.Core.Gateway;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Storage;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;
using Intake.Web.RateLimits;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Forms;

/// <summary>
/// Opens a checked request from a form: the per-address limit, the mandate file stored under the
/// reference, the request opened, the confirmation page. If the request cannot be opened the file
/// is deleted again, so refused input leaves nothing behind.
/// </summary>
public sealed partial class FormSubmission(
    IEvidenceStore evidence,
    PersonRateLimits limits,
    IntakeService intake,
    IRequestGateway gateway,
    IStorageFaults storage,
    ILogger<FormSubmission> logger)
{
    /// <summary>Where a mandate file is kept in the evidence container: <c>{reference}/attachments/mandate/{file}</c>.</summary>
    public const string MandateFolder = "mandate";

    public async Task<IResult> OpenAsync(HttpContext context, Language language, Controller controller, NewRequest request, MandateFile? mandate, string backHref)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = context.RequestAborted;

        var id = IntakeService.NewId();
        string? mandateBlob = null;
        try
        {
            // The address the process writes to is the one a flood would hit: the agent's when there is one.
            var verdict = await limits.TakeRequestAsync(request.Agent?.Email ?? request.Subject.Email, cancellationToken);
            if (!verdict.Allowed)
            {
                return FormPages.TooMany(context, language, verdict.RetryAfter, backHref);
            }

            if (mandate is not null && request.Agent is not null)
            {
                using var content = new MemoryStream(mandate.Content, writable: false);
                mandateBlob = await evidence.WriteAttachmentAsync(id, MandateFolder, mandate.FileName, content, cancellationToken);
                request = request with { Agent = request.Agent with { MandateDocument = mandateBlob } };
            }

            var result = await intake.OpenAsync(request, id, cancellationToken);
            if (!result.IsOpened)
            {
                await DeleteAsync(mandateBlob);
                LogRefused(logger, request.Channel, result.Rejection?.Code.ToString() ?? "unknown");
                return FormPages.Refused(language, backHref);
            }

            LogOpened(logger, id.Value, request.Type, request.Channel);
            var state = result.Outcome == GatewayOutcome.Accepted
                ? await gateway.FindAsync(id, cancellationToken)
                : null;
            return SubmittedPage.Result(language, controller, id, state?.CurrentDueDate, request.Type == RequestType.Contact, request.Agent is not null);
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            LogStorageDown(logger, e.GetType().Name);
            await DeleteQuietlyAsync(mandateBlob);
            return FormPages.Unavailable(context, language, backHref);
        }
    }

    private async Task DeleteAsync(string? blob)
    {
        if (blob is not null)
        {
            await evidence.DeleteAsync(blob);
        }
    }

    private async Task DeleteQuietlyAsync(string? blob)
    {
        try
        {
            await DeleteAsync(blob);
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            // Storage is down; the file stays under a reference that was never opened.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {Reference} ({Type}) from {Channel}")]
    private static partial void LogOpened(ILogger logger, string reference, RequestType type, Channel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Channel} request was refused by the process: {Code}")]
    private static partial void LogRefused(ILogger logger, Channel channel, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while opening a request ({Error}); answered 503")]
    private static partial void LogStorageDown(ILogger logger, string error);
}
