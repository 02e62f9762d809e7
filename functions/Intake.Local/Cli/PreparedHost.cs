using Intake.Local.Azurite;
using Intake.Adapters.Hosting;
using Intake.Adapters.Storage;
using Intake.Local.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Intake.Local.Cli;

/// <summary>
/// The local host's services for a command that works on its storage without serving: prepared
/// as the server is (Azurite started when no storage is configured, signing key, sample data),
/// built but not started. Azurite that cannot start and storage that does not answer become one
/// line and <see cref="ExitCodes.Unavailable"/>.
/// </summary>
internal static class PreparedHost
{
    /// <param name="storageDown">What to say when storage does not answer.</param>
    public static async Task<int> RunAsync(string[] hostArgs, TextWriter error, string storageDown, Func<WebApplication, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var builder = LocalApp.CreateBuilder(hostArgs);
        LocalPreparation? preparation = null;
        try
        {
            // Preparation talks about Azurite and sample data: diagnostics, not the result.
            preparation = await LocalPreparation.RunAsync(builder, error, cancellationToken);
            await using var app = LocalApp.Build(builder);
            return await work(app, cancellationToken);
        }
        catch (AzuriteUnavailableException e)
        {
            await error.WriteLineAsync(e.Message.AsMemory(), cancellationToken);
            return ExitCodes.Unavailable;
        }
        catch (InvalidSettingsException e)
        {
            await error.WriteLineAsync(e.Message.AsMemory(), cancellationToken);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            await error.WriteLineAsync(storageDown.AsMemory(), cancellationToken);
            return ExitCodes.Unavailable;
        }
        finally
        {
            if (preparation is not null)
            {
                await preparation.DisposeAsync();
            }
        }
    }
}
