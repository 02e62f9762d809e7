using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Integration.Tests.Sources;

/// <summary>
/// Another system on a loopback port: records each request it receives (body and signature
/// headers) and answers with whatever the test sets, including never answering.
/// </summary>
internal sealed class FakeWebhookServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeWebhookServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    /// <summary>What to answer: status code and body. A null answer hangs until the caller gives up.</summary>
    public Func<ReceivedCall, (int Status, string Body)?> Answer { get; set; } = _ => (200, "{}");

    public Uri Url { get; private set; } = null!;

    public static async Task<FakeWebhookServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeWebhookServer(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var memory = new MemoryStream();
            await context.Request.Body.CopyToAsync(memory);
            var call = new ReceivedCall(
                memory.ToArray(),
                context.Request.Headers["X-Intake-Timestamp"].ToString(),
                context.Request.Headers["X-Intake-Signature"].ToString(),
                context.Request.Headers["Idempotency-Key"].ToString());
            server.Calls.Enqueue(call);
            if (server.Answer(call) is not { } answer)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
            }

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address + "/hook");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal sealed record ReceivedCall(byte[] Body, string Timestamp, string Signature, string IdempotencyKey);
}
