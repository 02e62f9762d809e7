using Intake.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Inbound;

/// <summary>Maps email intake (<see cref="InboundHandler"/>) and describes it for the OpenAPI document.</summary>
public static class InboundEndpoints
{
    /// <summary>The OpenAPI tag of the inbound endpoints.</summary>
    public const string Tag = "Inbound mail";

    public static IEndpointRouteBuilder MapInboundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var inbound = endpoints.MapGroup("/api/inbound").WithTags(Tag)
            .AddOpenApiOperationTransformer(InboundSecretOpenApi.DeclareAsync);
        inbound.MapPost("/sendgrid", (HttpContext context, InboundHandler handler) => handler.PostSendGridAsync(context))
            .WithName("InboundSendGrid")
            .WithSummary("SendGrid Inbound Parse webhook")
            .WithDescription("multipart/form-data as SendGrid posts it. Authenticate with HTTP basic auth (any user, the secret as password; recommended), the X-Intake-Inbound-Key header, or ?key=SECRET (discouraged: the secret sits in the URL).")
            .WithMetadata(new RequestBodyDoc(typeof(SendGridFormDoc), "multipart/form-data"))
            .Produces<InboundAnswer>()
            .ProducesProblems(ApiProblems.InboundUnauthorized(), ApiProblems.Unavailable());
        inbound.MapPost("/mime", (HttpContext context, InboundHandler handler) => handler.PostMimeAsync(context))
            .WithName("InboundMime")
            .WithSummary("A raw RFC 822 message")
            .WithDescription("The full message as message/rfc822. Same secret as the SendGrid endpoint.")
            .WithMetadata(new RequestBodyDoc(typeof(string), "message/rfc822"))
            .Produces<InboundAnswer>()
            .ProducesProblems(ApiProblems.InboundUnauthorized(), ApiProblems.NotRfc822(), ApiProblems.Unavailable());
        return endpoints;
    }
}
