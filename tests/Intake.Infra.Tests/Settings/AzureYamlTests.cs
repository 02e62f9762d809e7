using YamlDotNet.RepresentationModel;

namespace Intake.Infra.Tests.Settings;

public sealed class AzureYamlTests
{
    private static YamlMappingNode Root
    {
        get
        {
            var stream = new YamlStream();
            using var reader = new StringReader(File.ReadAllText(RepositoryLayout.AzureYaml));
            stream.Load(reader);
            return (YamlMappingNode)stream.Documents[0].RootNode;
        }
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value ?? "";
    }

    [Fact]
    public void Infrastructure_is_the_bicep_main_module_in_infra()
    {
        Assert.Equal("bicep", Scalar(Root, "infra", "provider"));
        Assert.Equal("infra", Scalar(Root, "infra", "path"));
        Assert.Equal("main", Scalar(Root, "infra", "module"));
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, "infra", "main.bicep")));
    }

    [Fact]
    public void Intake_service_deploys_the_functions_project_as_a_function_app()
    {
        Assert.Equal("./functions/Intake.Functions", Scalar(Root, "services", "intake", "project"));
        Assert.Equal("dotnet", Scalar(Root, "services", "intake", "language"));
        Assert.Equal("function", Scalar(Root, "services", "intake", "host"));
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, "functions", "Intake.Functions", "Intake.Functions.csproj")));
    }
}
