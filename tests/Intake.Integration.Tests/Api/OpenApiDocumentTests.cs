using System.Text.Json;
using Intake.Testing;
using Intake.Web.Inbound;

namespace Intake.Integration.Tests.Api;

/// <summary>
/// The API document a client generator reads: linted by the real linter, and its promises checked
/// one by one, so a failure names the operation that broke them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task The_api_document_passes_the_recommended_lint_rules()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var document = await host.Client.GetStringAsync("openapi/v1.json");

        var problems = await OpenApiLinter.LintAsync(document);

        // Warnings count too: a generator trusts what the linter would only warn about.
        Assert.True(problems.Count == 0, "The linter reports:\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task Only_the_api_is_in_the_document_not_pages_static_assets_or_health_probes()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        using var document = await DocumentAsync(host);

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.Equal(["/api/contact", "/api/inbound/mime", "/api/inbound/sendgrid", "/api/requests"], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_has_a_summary_an_id_its_security_and_each_error_as_a_problem_with_examples()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        using var document = await DocumentAsync(host);

        foreach (var (name, operation) in Operations(document))
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.TryGetProperty("summary", out var summary) ? summary.GetString() : null), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.TryGetProperty("operationId", out var id) ? id.GetString() : null), $"{name} has no operationId");
            Assert.True(operation.TryGetProperty("security", out _), $"{name} does not say how it authenticates");
            var errors = operation.GetProperty("responses").EnumerateObject().Where(response => response.Name[0] is '4' or '5').ToList();
            Assert.Contains(errors, response => response.Name[0] == '4');
            foreach (var error in errors)
            {
                Assert.True(error.Value.GetProperty("content").TryGetProperty("application/problem+json", out var problem), $"{name} {error.Name} is not a problem document");
                Assert.EndsWith("ProblemDetails", problem.GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
                Assert.True(problem.TryGetProperty("examples", out var examples) && examples.EnumerateObject().Any(), $"{name} {error.Name} has no example");
                foreach (var example in examples.EnumerateObject())
                {
                    var value = example.Value.GetProperty("value");
                    Assert.Equal(int.Parse(error.Name, System.Globalization.CultureInfo.InvariantCulture), value.GetProperty("status").GetInt32());
                    Assert.Equal("urn:intake:problem:" + example.Name, value.GetProperty("type").GetString());
                }
            }
        }
    }

    [Fact]
    public async Task The_inbound_webhooks_declare_the_shared_secret_in_its_three_forms_and_the_json_api_declares_no_authentication()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        using var document = await DocumentAsync(host);

        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("basic", schemes.GetProperty(InboundSecretOpenApi.BasicScheme).GetProperty("scheme").GetString());
        Assert.Equal(("header", InboundSecret.HeaderName), Location(schemes.GetProperty(InboundSecretOpenApi.HeaderScheme)));
        Assert.Equal(("query", InboundSecret.QueryName), Location(schemes.GetProperty(InboundSecretOpenApi.QueryScheme)));
        foreach (var (name, operation) in Operations(document))
        {
            var alternatives = operation.GetProperty("security").EnumerateArray()
                .Select(requirement => string.Join('+', requirement.EnumerateObject().Select(scheme => scheme.Name)))
                .ToList();
            if (name.Contains("/api/inbound/", StringComparison.Ordinal))
            {
                Assert.Equal([InboundSecretOpenApi.BasicScheme, InboundSecretOpenApi.HeaderScheme, InboundSecretOpenApi.QueryScheme], alternatives);
            }
            else
            {
                // One empty requirement: anyone may call it.
                Assert.Equal([string.Empty], alternatives);
            }
        }
    }

    private static (string? In, string? Name) Location(JsonElement scheme) =>
        (scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString());

    private static async Task<JsonDocument> DocumentAsync(IntakeHost host) =>
        JsonDocument.Parse(await host.Client.GetStringAsync("openapi/v1.json"));

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(item => Methods.Contains(item.Name))
                .Select(item => ($"{item.Name.ToUpperInvariant()} {path.Name}", item.Value)));
}
