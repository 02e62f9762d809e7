using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Intake.Web.Inbound;

/// <summary>
/// Declares in the OpenAPI document how the inbound endpoints authenticate: the shared secret of
/// <see cref="InboundSecret"/>, in any one of its three forms. Declared on these operations only:
/// the rest of the API is open.
/// </summary>
public static class InboundSecretOpenApi
{
    public const string BasicScheme = "inboundBasic";

    public const string HeaderScheme = "inboundHeader";

    public const string QueryScheme = "inboundQuery";

    public static Task DeclareAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document ?? throw new InvalidOperationException("The operation is described outside a document.");
        document.AddComponent(BasicScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = "Recommended: the inbound secret as the basic-auth password (any user name), as in https://inbound:SECRET@host/api/inbound/sendgrid. It never sits in the request line that proxies log.",
        });
        document.AddComponent(HeaderScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = InboundSecret.HeaderName,
            Description = "The inbound secret in a header, for posters that can set headers.",
        });
        document.AddComponent(QueryScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = InboundSecret.QueryName,
            Description = "Discouraged, still accepted: the inbound secret in the query, where it is part of the URL.",
        });

        // Alternatives, in the order of preference; the first form a post presents is the one checked.
        operation.Security =
        [
            Requirement(BasicScheme, document),
            Requirement(HeaderScheme, document),
            Requirement(QueryScheme, document),
        ];
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
