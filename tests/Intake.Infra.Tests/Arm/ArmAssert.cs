using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Intake.Infra.Tests.Arm;

/// <summary>Compares expression strings of a compiled template with the expected text.</summary>
public static partial class ArmAssert
{
    /// <summary>
    /// Written in an expected expression where Bicep puts the API version of a <c>reference()</c>:
    /// bumping a resource's API version changes no property these tests protect.
    /// </summary>
    public const string AnyApiVersion = "'<api-version>'";

    /// <summary>Asserts that the value is exactly the expected expression, API versions aside.</summary>
    public static void Expression(string expected, JsonNode? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.Equal(expected, WithoutApiVersions(ArmJson.Text(actual)));
    }

    public static string WithoutApiVersions(string expression) => ApiVersion().Replace(expression, AnyApiVersion);

    [GeneratedRegex(@"'\d{4}-\d{2}-\d{2}(-preview)?'")]
    private static partial Regex ApiVersion();
}
