using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Forms;
using Intake.Web.RateLimits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Intake.Web.Api;

/// <summary>Maps the JSON API (<see cref="RequestsApi"/>) and describes it for the OpenAPI document.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags(RequestsApi.Tag);
        Describe(api.MapPost("/requests", (HttpContext context, RequestsApi api) => api.PostRequestAsync(context))
            .WithName("OpenRequest")
            .WithSummary("Open a data subject request")
            .WithDescription("Opens an access, portability, rectification, erasure, restriction, objection or consent-withdrawal request. The person gets a verification mail; processing starts once the address is confirmed."),
            RequestDraftValidator.Rights, FieldLimits.JsonWithMandateBytes);
        Describe(api.MapPost("/contact", (HttpContext context, RequestsApi api) => api.PostContactAsync(context))
            .WithName("SendContactMessage")
            .WithSummary("Send a contact message")
            .WithDescription("The controller's contact form as JSON: name and email are required, details.industry and details.servicesOfInterest optional. Routed to staff; no statutory clock."),
            RequestsApi.ContactOnly, FieldLimits.JsonBytes);
        return endpoints;
    }

    /// <param name="allowed">The request types the endpoint takes, as its validation problem names them.</param>
    /// <param name="maxBytes">The endpoint's body limit, as its 413 problem names it.</param>
    private static void Describe(RouteHandlerBuilder endpoint, IReadOnlyCollection<RequestType> allowed, int maxBytes) => endpoint
        .WithMetadata(new RequestBodyDoc(typeof(ApiRequestBody), "application/json"))
        .Produces<ApiAccepted>(StatusCodes.Status202Accepted)
        .ProducesProblems(
            ApiProblems.Invalid([new DraftError(DraftField.Email, DraftProblem.Invalid), new DraftError(DraftField.Name, DraftProblem.Missing)], [], allowed),
            ApiProblems.MalformedJson("$.subject"),
            ApiProblems.InvalidIdempotencyKey(),
            ApiProblems.Refused(),
            ApiProblems.IdempotencyConflict(),
            ApiProblems.TooLarge(maxBytes),
            ApiProblems.UnsupportedMediaType(),
            ApiProblems.TooMany(),
            ApiProblems.Unavailable())
        // Anyone may open a request: the person proves the address by the mailed link, and the
        // rate limits bound what an anonymous caller can do. The empty requirement says so.
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Security = [new OpenApiSecurityRequirement()];
            return Task.CompletedTask;
        })
        .AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
}
