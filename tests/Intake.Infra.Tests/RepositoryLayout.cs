using System.Reflection;

namespace Intake.Infra.Tests;

/// <summary>
/// Where the files under test live. The project file stamps the repository root and the NuGet
/// package folder into the assembly, so the tests never guess from the working directory.
/// </summary>
public static class RepositoryLayout
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string InfraDirectory => Path.Combine(Root, "infra");

    public static string MainTemplate => Path.Combine(InfraDirectory, "main.bicep");

    public static string MainParameters => Path.Combine(InfraDirectory, "main.parameters.json");

    public static string AzureYaml => Path.Combine(Root, "azure.yaml");

    public static string LocalSettingsSample => Path.Combine(Root, "local.settings.sample.json");

    public static string FunctionsHostJson => Path.Combine(Root, "functions", "Intake.Functions", "host.json");

    /// <summary>What the Worker SDK generates when it builds the Functions app (scripts/build-functions.sh, run by test.sh).</summary>
    public static string FunctionsMetadata => Path.Combine(Root, "functions", "Intake.Functions", "bin", "Debug", "net10.0", "functions.metadata");

    private static string Metadata(string key)
    {
        var value = typeof(RepositoryLayout).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException($"The test assembly carries no '{key}' metadata; see Intake.Infra.Tests.csproj.");
        }

        return value;
    }
}
