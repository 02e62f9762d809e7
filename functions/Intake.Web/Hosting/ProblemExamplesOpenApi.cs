using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Web.Api;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Intake.Web.Hosting;

/// <summary>
/// Puts each endpoint's <see cref="ProblemExample"/>s under the <c>application/problem+json</c>
/// answer of their status, so a client sees what every error looks like.
/// </summary>
public static class ProblemExamplesOpenApi
{
    public const string ProblemMediaType = "application/problem+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var examples = context.Description.ActionDescriptor.EndpointMetadata.OfType<ProblemExample>();
        foreach (var example in examples)
        {
            var status = example.Problem.Status!.Value.ToString(CultureInfo.InvariantCulture);
            OpenApiMediaType? media = null;
            if (operation.Responses?.TryGetValue(status, out var response) is true && response.Content?.TryGetValue(ProblemMediaType, out var content) is true)
            {
                media = content as OpenApiMediaType;
            }

            if (media is null)
            {
                throw new InvalidOperationException($"{context.Description.RelativePath} has an example of a {status} problem it does not declare.");
            }

            media.Examples ??= new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal);
            media.Examples[example.Name] = new OpenApiExample
            {
                Summary = example.Problem.Title,
                Value = JsonSerializer.SerializeToNode(example.Problem, example.Problem.GetType(), Json),
            };
        }

        return Task.CompletedTask;
    }
}
