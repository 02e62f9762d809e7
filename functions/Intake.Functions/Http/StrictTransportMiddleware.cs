using Intake.Web.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Hosting;

namespace Intake.Functions.Http;

/// <summary>
/// Adds <see cref="StrictTransportSecurity"/> to every HTTP function's response. ASP.NET Core
/// middleware does not run in the Functions pipeline, so this is the worker's own middleware; the
/// header is set before the function runs, and its result is written after.
/// </summary>
public sealed class StrictTransportMiddleware(IHostEnvironment environment) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            StrictTransportSecurity.Apply(http.Response, environment.IsDevelopment());
        }

        await next(context);
    }
}
