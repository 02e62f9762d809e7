using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Testing;

/// <summary>
/// A stand-in for the SendGrid v3 API on 127.0.0.1 and a free port, so tests run the real
/// SendGrid client end to end. It speaks <c>POST /v3/mail/send</c>: checks the bearer key (401
/// otherwise), answers 202 and records each JSON body; <see cref="FailNext"/> makes it answer
/// an error status for the next calls, as SendGrid does when throttling or failing.
/// </summary>
public sealed class SendGridSink : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<JsonElement> received = [];
    private readonly string apiKey;
    private WebApplication? app;
    private int failuresLeft;
    private HttpStatusCode failureStatus;
    private int requests;

    private SendGridSink(string apiKey) => this.apiKey = apiKey;

    /// <summary>The base address to give the client as its host, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Host { get; private set; } = string.Empty;

    /// <summary>Every accepted mail body, in arrival order.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Every call to the send endpoint, accepted or not.</summary>
    public int Requests => Volatile.Read(ref requests);

    public static async Task<SendGridSink> StartAsync(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var sink = new SendGridSink(apiKey);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v3/mail/send", sink.HandleAsync);
        await app.StartAsync();
        sink.app = app;
        sink.Host = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return sink;
    }

    /// <summary>Answer <paramref name="status"/> to the next <paramref name="count"/> sends (nothing is recorded for them).</summary>
    public void FailNext(int count, HttpStatusCode status)
    {
        lock (gate)
        {
            failuresLeft = count;
            failureStatus = status;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        Interlocked.Increment(ref requests);
        if (request.Headers.Authorization != $"Bearer {apiKey}")
        {
            return Error(HttpStatusCode.Unauthorized, "The provided authorization grant is invalid, expired, or revoked");
        }

        lock (gate)
        {
            if (failuresLeft > 0)
            {
                failuresLeft--;
                return Error(failureStatus, "Simulated failure for anna@example.fi");
            }
        }

        using var body = await JsonDocument.ParseAsync(request.Body);
        lock (gate)
        {
            received.Add(body.RootElement.Clone());
        }

        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    // SendGrid's error shape; the address in the text lets tests check that it never leaks.
    private static IResult Error(HttpStatusCode status, string message) =>
        Results.Json(new { errors = new[] { new { message, field = (string?)null, help = (string?)null } } }, statusCode: (int)status);
}
