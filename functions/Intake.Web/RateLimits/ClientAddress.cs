using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.RateLimits;

/// <summary>
/// The key a client's posts are counted under: its IPv4 address, or the /64 network of an IPv6
/// address — one line or one host usually has a whole /64, and counting single addresses would let
/// it take a new one for every post. Behind a proxy this is the proxy unless forwarded headers are
/// configured.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Connection.RemoteIpAddress);
    }

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
