using System.ComponentModel.DataAnnotations;

namespace Intake.Web.Staff;

/// <summary>
/// Configuration section <c>Staff</c>, the sign-in's part (<see cref="StaffSignInOptions"/>), checked
/// when the host starts. Sign-in without a group would let every account of the tenant in, so that
/// combination is refused, as is a group that is not a GUID.
/// </summary>
public sealed class StaffSignInSettings : IValidatableObject
{
    public const string SectionName = "Staff";

    public bool RequireSignIn { get; set; }

    /// <summary>The object id of the Entra group whose members may see the staff pages.</summary>
    public string? AllowedGroup { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasGroup = Guid.TryParse(AllowedGroup, out var group) && group != Guid.Empty;
        if (!string.IsNullOrWhiteSpace(AllowedGroup) && !hasGroup)
        {
            yield return new ValidationResult($"{StaffSignInOptions.AllowedGroupKey} must be the object id (a GUID) of an Entra group.", [nameof(AllowedGroup)]);
        }
        else if (RequireSignIn && !hasGroup)
        {
            yield return new ValidationResult(
                $"{StaffSignInOptions.AllowedGroupKey} must be set when {StaffSignInOptions.RequireSignInKey} is true: the object id of the Entra group allowed to see staff pages.",
                [nameof(AllowedGroup), nameof(RequireSignIn)]);
        }
    }
}
