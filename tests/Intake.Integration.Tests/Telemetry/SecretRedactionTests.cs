using System.Net;
using System.Net.Http.Headers;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Integration.Tests.Inbound;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Integration.Tests.Telemetry;

[Collection(AzuriteCollection.Name)]
public sealed class SecretRedactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Whoever_reads_the_logs_and_traces_finds_no_link_token_and_no_inbound_secret()
    {
        var secret = "inbound-" + Guid.NewGuid().ToString("N");
        var logs = new CapturedLogs();
        using var spans = new CapturedSpans();
        await using var host = await IntakeHost.StartAsync(
            azurite,
            new Dictionary<string, string?>
            {
                // Everything the host would write at its most verbose.
                ["Logging:LogLevel:Default"] = "Trace",
                ["Inbound:SendGridSecret"] = secret,
            },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var verify = await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify);
        var token = verify.Segments[^1];

        var confirmed = await flow.ActAsync(verify);
        var inbound = await host.Client.SendAsync(Mime($"?key={secret}"));
        var guessed = await host.Client.SendAsync(Mime($"?key={secret}x"));

        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        // A server span ends just after its response is sent: wait for the last two.
        for (var i = 0; i < 50 && spans.Spans.Count(span => span.Text.Contains("/api/inbound/mime", StringComparison.Ordinal) && span.Source != "System.Net.Http") < 2; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(spans.Spans, span => span.Text.Contains("/l/{token}", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        // This test's own client is in the process too; its client-side spans are the caller's, not the host's.
        var hostSpans = spans.Spans.Where(span => !(span.Source == "System.Net.Http" && span.Text.Contains(host.BaseAddress.Authority, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(hostSpans, span => span.Text.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(hostSpans, span => span.Text.Contains(secret, StringComparison.Ordinal));
    }

    private static HttpRequestMessage Mime(string query)
    {
        var content = new ByteArrayContent(Samples.Bytes("gmail-fi-access-request.eml"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("message/rfc822");
        return new HttpRequestMessage(HttpMethod.Post, "api/inbound/mime" + query) { Content = content };
    }
}
