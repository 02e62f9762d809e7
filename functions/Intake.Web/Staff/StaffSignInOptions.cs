using Microsoft.Extensions.Configuration;

namespace Intake.Web.Staff;

/// <summary>
/// Whether the staff overview and detail pages also require a Microsoft Entra sign-in
/// (<c>Staff:RequireSignIn</c>) and which Entra group may see them (<c>Staff:AllowedGroup</c>, the
/// group's object id). Bicep turns this on in Azure, where App Service Authentication signs staff in
/// and injects the principal; the local host leaves it off and the signed overview link alone opens
/// the pages, as before.
/// </summary>
public sealed record StaffSignInOptions
{
    public const string RequireSignInKey = "Staff:RequireSignIn";

    public const string AllowedGroupKey = "Staff:AllowedGroup";

    /// <summary>Off: the pages need only their signed link.</summary>
    public static StaffSignInOptions Off { get; } = new();

    public bool RequireSignIn { get; init; }

    /// <summary>The object id of the Entra group whose members may see the staff pages; set whenever sign-in is required.</summary>
    public Guid? AllowedGroup { get; init; }

    /// <summary>
    /// Reads the two settings. Sign-in without a group would let every account of the tenant in, so
    /// that combination stops the host at start with the key named, as does a group that is not a GUID.
    /// </summary>
    public static StaffSignInOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var requireText = configuration[RequireSignInKey];
        var require = false;
        if (!string.IsNullOrWhiteSpace(requireText) && !bool.TryParse(requireText, out require))
        {
            throw new InvalidOperationException($"Configuration {RequireSignInKey} = '{requireText}' is not valid: expected true or false.");
        }

        var groupText = configuration[AllowedGroupKey];
        Guid? group = null;
        if (!string.IsNullOrWhiteSpace(groupText))
        {
            group = Guid.TryParse(groupText, out var parsed) && parsed != Guid.Empty
                ? parsed
                : throw new InvalidOperationException($"Configuration {AllowedGroupKey} = '{groupText}' is not valid: expected the object id (a GUID) of an Entra group.");
        }

        if (require && group is null)
        {
            throw new InvalidOperationException($"Configuration {RequireSignInKey} = true needs {AllowedGroupKey}: the object id of the Entra group allowed to see staff pages.");
        }

        return new StaffSignInOptions { RequireSignIn = require, AllowedGroup = group };
    }
}
