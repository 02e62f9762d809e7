using Intake.Web.Api;
using Intake.Web.Inbound;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Intake.Web.Hosting;

/// <summary>The document-wide parts of the OpenAPI document: what the API is, its tags, and its server.</summary>
public static class PersonWebOpenApiDocument
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        [RequestsApi.Tag] = "Open a data subject request or send a contact message. Open to anyone: the person confirms the address through a mailed link, and nothing can be read back through the API.",
        [InboundEndpoints.Tag] = "Email intake: mail posted by SendGrid Inbound Parse or as raw MIME, guarded by the inbound secret.",
    };

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // No info.license: the repository has not chosen a licence yet, and the document must not
        // claim one. Add it here when it has.
        document.Info = new OpenApiInfo
        {
            Title = "Intake",
            Version = document.Info?.Version ?? "1.0.0",
            Description = "Takes in GDPR data subject requests and contact messages as JSON, and email through inbound webhooks. Every error is an RFC 9457 problem document with a stable type URI (urn:intake:problem:…).",
        };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        // The framework writes the server as the request's base address with its trailing slash;
        // paths start with one, so a client joining the two would ask for '//api/…'.
        foreach (var server in document.Servers ?? [])
        {
            if (server.Url is { Length: > 1 } url && url.EndsWith('/'))
            {
                server.Url = url.TrimEnd('/');
            }
        }

        return Task.CompletedTask;
    }
}
