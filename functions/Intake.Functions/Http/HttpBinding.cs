using Intake.Core.Gateway;
using Intake.Functions.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Http;

/// <summary>Binds the invocation's Durable client so the shared handlers reach the orchestrations.</summary>
internal static class HttpBinding
{
    public static IRequestGateway Bind(HttpRequest request, DurableTaskClient client)
    {
        var services = request.HttpContext.RequestServices;
        var gateway = services.GetRequiredService<RequestGatewayFactory>().For(client);
        services.GetRequiredService<InvocationGateway>().Bind(gateway);
        return gateway;
    }
}
