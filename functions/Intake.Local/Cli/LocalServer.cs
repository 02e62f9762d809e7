using Intake.Adapters.Hosting;
using Intake.Local.Azurite;
using Intake.Local.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Intake.Local.Cli;

/// <summary>What the program does when no command is given: run the local host until Ctrl+C or SIGTERM.</summary>
public static class LocalServer
{
    public static async Task<int> ServeAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = LocalApp.CreateBuilder(args);
        LocalPreparation? preparation = null;
        try
        {
            preparation = await LocalPreparation.RunAsync(builder, Console.Out);
            var app = LocalApp.Build(builder);
            await app.StartAsync();
            await Console.Out.WriteLineAsync($"Intake is running on {builder.Configuration["Intake:PublicBaseUrl"]} (outbox: /outbox, health: /healthz). Ctrl+C stops it.");
            await app.WaitForShutdownAsync();
            return ExitCodes.Success;
        }
        catch (AzuriteUnavailableException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Unavailable;
        }
        catch (InvalidOperationException e) when (e is InvalidSettingsException || e.Message.StartsWith("Configuration ", StringComparison.Ordinal) || e.Message.Contains("is not set", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
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
