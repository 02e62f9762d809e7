namespace Intake.EndToEnd.Tests;

/// <summary>Whether the person-facing form (built on another branch) is part of this build.</summary>
internal static class PersonDoors
{
    /// <summary>Null when the form is built; else why its tests are skipped.</summary>
    public static string? SkipReason { get; } =
        typeof(Intake.Web.Pages.PageLayout).Assembly.GetTypes().Any(type => type.Namespace == "Intake.Web.Forms")
            ? null
            : "Needs the request form (Intake.Web.Forms), built on the person-doors branch.";
}
