using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// The signed-in caller as App Service Authentication (Easy Auth) describes it in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header: base64 of <c>{"auth_typ":…,"claims":[{"typ":…,"val":…}]}</c>.
/// </summary>
/// <remarks>
/// The header is trusted only because the platform guarantees it: Easy Auth removes every
/// <c>X-MS-CLIENT-*</c> header a client sends and sets its own after validating the session.
/// Outside Azure nothing strips it, which is why <see cref="StaffSignInOptions.RequireSignIn"/> is on
/// only where Bicep also configures Easy Auth, and the signed overview link is required in any case.
/// </remarks>
public sealed record StaffPrincipal(string IdentityProvider, IReadOnlyList<(string Type, string Value)> Claims)
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Easy Auth's name for the Microsoft Entra provider.</summary>
    public const string EntraProvider = "aad";

    /// <summary>The claim type Entra writes group object ids under (configure the app registration to emit groups).</summary>
    public const string GroupsClaim = "groups";

    /// <summary>A principal header longer than this is refused unread (Entra's group claim is capped at 200 groups).</summary>
    private const int MaxHeaderLength = 64 * 1024;

    /// <summary>The name the sign-in gave (display name, else the sign-in name), for the view log; null when it gave none.</summary>
    public string? Name =>
        new[] { "name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name" }
            .Select(type => Claims.FirstOrDefault(claim => claim.Type == type).Value)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    public bool IsInGroup(Guid group) =>
        string.Equals(IdentityProvider, EntraProvider, StringComparison.Ordinal)
        && Claims.Any(claim => claim.Type == GroupsClaim && Guid.TryParse(claim.Value, out var id) && id == group);

    /// <summary>The principal in the request's header, or null when there is none or it cannot be read.</summary>
    public static StaffPrincipal? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[HeaderName] is not [{ Length: > 0 and <= MaxHeaderLength } encoded])
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("auth_typ", out var provider) || provider.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var list = new List<(string, string)>();
            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind == JsonValueKind.Object
                    && claim.TryGetProperty("typ", out var type) && type.ValueKind == JsonValueKind.String
                    && claim.TryGetProperty("val", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    list.Add((type.GetString()!, value.GetString()!));
                }
            }

            return new StaffPrincipal(provider.GetString()!, list);
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
