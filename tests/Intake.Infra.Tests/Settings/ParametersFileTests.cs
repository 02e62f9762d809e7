using System.Text.Json.Nodes;
using Intake.Infra.Tests.Templates;

namespace Intake.Infra.Tests.Settings;

[Collection(MainTemplateCollection.Name)]
public sealed class ParametersFileTests(MainTemplateFixture template)
{
    private static JsonObject Parameters =>
        JsonNode.Parse(File.ReadAllText(RepositoryLayout.MainParameters))!["parameters"]!.AsObject();

    private JsonObject TemplateParameters => template.Compiled.Json["parameters"]!.AsObject();

    [Fact]
    public void Every_parameter_in_the_file_exists_in_the_template()
    {
        Assert.All(Parameters, pair => Assert.True(
            TemplateParameters.ContainsKey(pair.Key),
            $"main.parameters.json sets '{pair.Key}', which main.bicep does not declare."));
    }

    [Fact]
    public void Every_template_parameter_without_a_default_gets_a_value()
    {
        var required = TemplateParameters
            .Where(pair => !pair.Value!.AsObject().ContainsKey("defaultValue"))
            .Select(pair => pair.Key);

        Assert.All(required, name => Assert.True(Parameters.ContainsKey(name), $"main.parameters.json gives no value for '{name}'."));
    }

    [Theory]
    [InlineData("namePrefix", "${AZURE_ENV_NAME}")]
    [InlineData("location", "${AZURE_LOCATION}")]
    public void Azd_environment_supplies_name_and_region(string parameter, string expected)
    {
        Assert.Equal(expected, Parameters[parameter]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Secure_parameters_come_from_environment_variables_never_literals()
    {
        var secure = TemplateParameters
            .Where(pair => string.Equals(pair.Value!["type"]!.GetValue<string>(), "securestring", StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Equal(3, secure.Count);
        Assert.All(secure, name => Assert.Matches(@"^\$\{[A-Z0-9_]+\}$", Parameters[name]!["value"]!.GetValue<string>()));
    }
}
