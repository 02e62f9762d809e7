using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

/// <summary>infra/main.bicep compiled once per test run and evaluated with the test parameters.</summary>
public sealed class MainTemplateFixture : IAsyncLifetime
{
    private CompiledTemplate? compiled;
    private EvaluatedTemplate? deployed;

    public CompiledTemplate Compiled => compiled ?? throw new InvalidOperationException("Not compiled yet.");

    /// <summary>What main.bicep deploys with its defaults and the test parameters.</summary>
    public EvaluatedTemplate Deployed => deployed ?? throw new InvalidOperationException("Not compiled yet.");

    public async Task InitializeAsync()
    {
        compiled = await CompiledTemplate.BuildAsync(RepositoryLayout.MainTemplate);
        deployed = compiled.Evaluate();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
