using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// A Bicep module as compiled: a <c>Microsoft.Resources/deployments</c> resource carrying the
/// module's own template and the parameter values the parent passes to it.
/// </summary>
public sealed class ArmModule(ArmResource deployment)
{
    public ArmResource Deployment { get; } = deployment;

    public string Name => Deployment.Name;

    /// <summary>
    /// The module's template. Bicep compiles modules with inner expression scope, so expressions in
    /// it name the module's own parameters and variables.
    /// </summary>
    public ArmTemplate Template { get; } = new(
        deployment.At("properties", "template")?.AsObject()
        ?? throw new InvalidOperationException($"Module {deployment.Name} carries no template."));

    /// <summary>The value the parent passes for a module parameter (as written in the parent's scope), or null.</summary>
    public JsonNode? Passes(string parameter) => Deployment.At("properties", "parameters", parameter, "value");
}
