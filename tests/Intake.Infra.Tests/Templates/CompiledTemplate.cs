using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;
using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests.Templates;

/// <summary>A Bicep file compiled to ARM JSON by the real Bicep CLI.</summary>
public sealed class CompiledTemplate
{
    private CompiledTemplate(BicepRun build, JsonObject json)
    {
        Build = build;
        Json = json;
        Main = new ArmTemplate(json);
    }

    public BicepRun Build { get; }

    public JsonObject Json { get; }

    /// <summary>The compiled template, with its modules nested in it as Bicep emits them.</summary>
    public ArmTemplate Main { get; }

    public static async Task<CompiledTemplate> BuildAsync(string bicepFile)
    {
        var build = await BicepCli.BuildToStdoutAsync(bicepFile);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Bicep could not compile {bicepFile}.\n{build.Describe()}");
        }

        var json = JsonNode.Parse(build.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException($"bicep build printed no JSON object for {bicepFile}.");
        return new CompiledTemplate(build, json);
    }
}
