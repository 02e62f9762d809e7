namespace Intake.Adapters.Storage;

/// <summary>The rule Blob storage sets for a container's name, checked at start rather than at the first upload.</summary>
internal static class ContainerNames
{
    /// <summary>3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</summary>
    public const string Pattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";

    public const string Message = "{0} must be a container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.";
}
