using Intake.Core.Notifications;
using Intake.Core.Storage;
using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Inbound;

/// <summary>
/// Email intake over HTTP: <c>POST /api/inbound/sendgrid</c> (SendGrid Inbound Parse, parsed or raw
/// mode) and <c>POST /api/inbound/mime</c> (<c>message/rfc822</c>). Both need the shared secret
/// (<see cref="InboundSecret"/>). Anything we handled — opened, seen before, ignored, rejected with
/// a reply — answers 200, so SendGrid does not post it again; only storage trouble answers 503, so
/// it does.
/// </summary>
public sealed class InboundHandler(InboundMailReader reader, InboundIntake intake, PersonWebOptions options, IStorageFaults storage)
{
    public async Task<IResult> PostSendGridAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Unauthorized(context) is { } refused)
        {
            return refused;
        }

        // The reader parses the body itself: reading Request.Form here would decode every field as
        // UTF-8 and destroy mail sent in another charset (docs/email-intake.md).
        var read = await reader.ReadSendGridAsync(context.Request, context.RequestAborted);
        return await HandleAsync(context, read);
    }

    public async Task<IResult> PostMimeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Unauthorized(context) is { } refused)
        {
            return refused;
        }

        var media = context.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(media, "message/rfc822", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.NotRfc822();
        }

        var read = await reader.ReadMimeAsync(context.Request.Body, context.RequestAborted);
        return await HandleAsync(context, read);
    }

    private IResult? Unauthorized(HttpContext context)
    {
        if (InboundSecret.Allows(context.Request, options.InboundSecret))
        {
            return null;
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"intake-inbound\"";
        return ApiProblems.InboundUnauthorized();
    }

    private async Task<IResult> HandleAsync(HttpContext context, Core.Inbound.InboundReadResult read)
    {
        try
        {
            var outcome = await intake.HandleAsync(read, context.RequestAborted);
            return Results.Json(new InboundAnswer(outcome.Name, outcome.Reference?.Value, outcome.Reason));
        }
        catch (Exception e) when (storage.IsOutage(e) || e is MailDeliveryException { IsRetryable: true })
        {
            // 503 makes SendGrid post the mail again later; the Message-ID keeps the retry from opening twice.
            FormPages.SetRetryAfter(context, IStorageFaults.RetryAfter);
            return ApiProblems.Unavailable();
        }
    }
}
