using Intake.Local.Azurite;

namespace Intake.Testing;

/// <summary>
/// A real Azurite for a test assembly: started once, in memory, on free ports, and stopped at the
/// end. Tests isolate themselves by using their own table, queue and container names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public string ConnectionString => Azurite.ConnectionString;

    public AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true });
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
