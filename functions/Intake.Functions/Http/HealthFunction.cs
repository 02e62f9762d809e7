using Intake.Adapters.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Http;

/// <summary><c>GET /healthz</c>: 200 when the request table answers, 503 otherwise.</summary>
public sealed class HealthFunction(StorageClients clients)
{
    [Function("Health")]
    public async Task<IResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await clients.Table(clients.Options.RequestsTable).GetEntityIfExistsAsync<global::Azure.Data.Tables.TableEntity>("healthz", "healthz", cancellationToken: timeout.Token);
            return Results.Text("ok", "text/plain");
        }
        catch (Exception e) when (StorageFailure.Is(e) || e is OperationCanceledException)
        {
            return Results.Text("storage unreachable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
