namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Expressions that Bicep writes the same way wherever it compiles the same construct, so the
/// tests name the construct instead of repeating its long text.
/// </summary>
public static class Expressions
{
    /// <summary>What a parent passes for <c>module.outputs.output</c> (API version aside).</summary>
    public static string ModuleOutput(string module, string output) =>
        $"[reference(resourceId('Microsoft.Resources/deployments', '{module}'), {ArmAssert.AnyApiVersion}).outputs.{output}.value]";

    public static string Parameter(string name) => $"[parameters('{name}')]";

    /// <summary>Whether an expression reads the given parameter of its template.</summary>
    public static bool Reads(string expression, string parameter) =>
        expression.Contains($"parameters('{parameter}')", StringComparison.OrdinalIgnoreCase);
}
