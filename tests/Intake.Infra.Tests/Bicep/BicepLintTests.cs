namespace Intake.Infra.Tests.Bicep;

public sealed class BicepLintTests(ITestOutputHelper output)
{
    public static TheoryData<string> BicepFiles
    {
        get
        {
            var files = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(RepositoryLayout.InfraDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files.Add(Path.GetRelativePath(RepositoryLayout.InfraDirectory, file));
            }

            return files;
        }
    }

    [Fact]
    public async Task Main_template_builds_without_warnings_or_errors()
    {
        var run = await BicepCli.BuildToStdoutAsync(RepositoryLayout.MainTemplate);
        output.WriteLine(run.Describe());

        Assert.True(run.IsClean, run.Describe());
        Assert.StartsWith("{", run.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_passes_lint_without_warnings(string relativePath)
    {
        var run = await BicepCli.LintAsync(Path.Combine(RepositoryLayout.InfraDirectory, relativePath));
        output.WriteLine(run.Describe());

        Assert.True(run.IsClean, run.Describe());
    }

    [Fact]
    public async Task Lint_findings_are_detected_so_a_clean_result_means_something()
    {
        // A file next to the real ones (same bicepconfig.json) with an unused parameter and a
        // hard-coded location: the linter must report both, and BicepRun must see them.
        var directory = Directory.CreateTempSubdirectory("intake-bicep-lint-");
        try
        {
            File.Copy(Path.Combine(RepositoryLayout.InfraDirectory, "bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            var file = Path.Combine(directory.FullName, "flawed.bicep");
            await File.WriteAllTextAsync(file, """
                param unused string

                resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
                  name: 'id-flawed'
                  location: 'westeurope'
                }

                """);

            var run = await BicepCli.LintAsync(file);
            output.WriteLine(run.Describe());

            Assert.False(run.IsClean);
            Assert.Contains(run.Diagnostics, line => line.Contains("no-unused-params", StringComparison.Ordinal));
            Assert.Contains(run.Diagnostics, line => line.Contains("no-hardcoded-location", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bicep_cli_is_the_pinned_version()
    {
        Assert.Contains($"/{BicepCli.PackageVersion}/", BicepCli.ExecutablePath.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(BicepCli.ExecutablePath));
    }
}
