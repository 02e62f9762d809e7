using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

/// <summary>infra/main.bicep compiled once per test run by the Bicep CLI.</summary>
public sealed class MainTemplateFixture : IAsyncLifetime
{
    private CompiledTemplate? compiled;

    public CompiledTemplate Compiled => compiled ?? throw new InvalidOperationException("Not compiled yet.");

    /// <summary>The compiled main template, its modules nested in it.</summary>
    public ArmTemplate Main => Compiled.Main;

    public async Task InitializeAsync()
    {
        compiled = await CompiledTemplate.BuildAsync(RepositoryLayout.MainTemplate);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
