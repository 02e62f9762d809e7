namespace Intake.Web.Forms;

/// <summary>Names of the rate-limiting policies of the person-facing endpoints.</summary>
public static class PersonWebPolicies
{
    /// <summary>Posts from one client address: forms, status actions and the JSON API.</summary>
    public const string Posts = "person-posts";
}
