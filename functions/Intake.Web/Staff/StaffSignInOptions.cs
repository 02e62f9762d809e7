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

    /// <summary>The value the staff pages use, from the section as bound and checked at start (<see cref="StaffSignInSettings"/>).</summary>
    public static StaffSignInOptions From(StaffSignInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new StaffSignInOptions
        {
            RequireSignIn = settings.RequireSignIn,
            AllowedGroup = Guid.TryParse(settings.AllowedGroup, out var group) && group != Guid.Empty ? group : null,
        };
    }
}
