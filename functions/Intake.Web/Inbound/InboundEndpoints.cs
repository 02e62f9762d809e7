using Intake.Core.Notifications;
using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Inbound;

/// <summary>
/// Email intake over HTTP: <c>POST /api/inbound/sendgrid</c> (SendGrid Inbound Parse, parsed or raw
/// mode) and <c>POST /api/inbound/mime</c> (<c>message/rfc822</c>). Both need the shared secret
/// (<see cref="InboundSecret"/>). Anything we handled — opened, seen before, ignored, rejected with
/// a reply — answers 200, so SendGrid does not post it again; only storage trouble answers 503, so
/// it does.
/// </summary>
public static class InboundEndpoints
{
    /// <summary>The OpenAPI tag of the inbound endpoints.</summary>
    public const string Tag = "Inbound mail";

    public static IEndpointRouteBuilder MapInboundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var inbound = endpoints.MapGroup("/api/inbound").WithTags(Tag)
            .AddOpenApiOperationTransformer(InboundSecretOpenApi.DeclareAsync);
        inbound.MapPost("/sendgrid", (Func<HttpContext, Task<IResult>>)PostSendGridAsync)
            .WithName("InboundSendGrid")
            .WithSummary("SendGrid Inbound Parse webhook")
            .WithDescription("multipart/form-data as SendGrid posts it. Authenticate with HTTP basic auth (any user, the secret as password; recommended), the X-Intake-Inbound-Key header, or ?key=SECRET (discouraged: the secret sits in the URL).")
            .WithMetadata(new RequestBodyDoc(typeof(SendGridFormDoc), "multipart/form-data"))
            .Produces<InboundAnswer>()
            .ProducesProblems(ApiProblems.InboundUnauthorized(), ApiProblems.Unavailable());
        inbound.MapPost("/mime", (Func<HttpContext, Task<IResult>>)PostMimeAsync)
            .WithName("InboundMime")
            .WithSummary("A raw RFC 822 message")
            .WithDescription("The full message as message/rfc822. Same secret as the SendGrid endpoint.")
            .WithMetadata(new RequestBodyDoc(typeof(string), "message/rfc822"))
            .Produces<InboundAnswer>()
            .ProducesProblems(ApiProblems.InboundUnauthorized(), ApiProblems.NotRfc822(), ApiProblems.Unavailable());
        return endpoints;
    }

    public static async Task<IResult> PostSendGridAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Unauthorized(context) is { } refused)
        {
            return refused;
        }

        var reader = context.RequestServices.GetRequiredService<InboundMailReader>();
        // The reader parses the body itself: reading Request.Form here would decode every field as
        // UTF-8 and destroy mail sent in another charset (docs/email-intake.md).
        var read = await reader.ReadSendGridAsync(context.Request, context.RequestAborted);
        return await HandleAsync(context, read);
    }

    public static async Task<IResult> PostMimeAsync(HttpContext context)
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

        var reader = context.RequestServices.GetRequiredService<InboundMailReader>();
        var read = await reader.ReadMimeAsync(context.Request.Body, context.RequestAborted);
        return await HandleAsync(context, read);
    }

    private static IResult? Unauthorized(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<PersonWebOptions>();
        if (InboundSecret.Allows(context.Request, options.InboundSecret))
        {
            return null;
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"intake-inbound\"";
        return ApiProblems.InboundUnauthorized();
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Core.Inbound.InboundReadResult read)
    {
        try
        {
            var outcome = await context.RequestServices.GetRequiredService<InboundIntake>().HandleAsync(read, context.RequestAborted);
            return Results.Json(new InboundAnswer(outcome.Name, outcome.Reference?.Value, outcome.Reason));
        }
        catch (Exception e) when (context.IsStorageOutage(e) || e is MailDeliveryException { IsRetryable: true })
        {
            // 503 makes SendGrid post the mail again later; the Message-ID keeps the retry from opening twice.
            FormPages.SetRetryAfter(context, StorageOutage.RetryAfter);
            return ApiProblems.Unavailable();
        }
    }
}
