using System.CommandLine;
using Intake.Local.Azurite;

namespace Intake.Local.Cli;

/// <summary>
/// <c>demo</c>: one access request for the sample person, end to end on a fresh in-memory Azurite,
/// printing each step with its time. Exit 0 when the export downloaded and its manifest verified;
/// 1 with the failing step otherwise; 3 when Azurite cannot be started.
/// </summary>
public static class DemoCommand
{
    public const string Name = "demo";

    /// <summary>A step of the demo failed; the error output says which.</summary>
    public const int StepFailed = 1;

    public static Command Create()
    {
        var controller = new Option<string>("--controller")
        {
            Description = "The sample controller to ask.",
            HelpName = "id",
            DefaultValueFactory = _ => new DemoOptions().Controller,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Folder to save the downloaded export in. [default: the working directory]",
            HelpName = "folder",
        };
        var command = new Command(Name, "Run one access request end to end (API, mailed links, staff approval, download) on a fresh in-memory Azurite.")
        {
            controller,
            output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new DemoOptions { Controller = parse.GetRequiredValue(controller) };
            if (parse.GetValue(output) is { Length: > 0 } folder)
            {
                options = options with { OutputFolder = folder };
            }

            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            await stdout.WriteLineAsync($"Intake demo: an access request to '{options.Controller}' for the sample person, from the API to the downloaded export.".AsMemory(), cancellationToken);
            try
            {
                var result = await DemoRun.RunAsync(options, stdout, cancellationToken);
                await stdout.WriteLineAsync($"Download link: {result.DownloadLink.AbsoluteUri}".AsMemory(), cancellationToken);
                await stdout.WriteLineAsync($"Saved: {result.SavedFile}".AsMemory(), cancellationToken);
                return ExitCodes.Success;
            }
            catch (DemoStepFailedException e) when (e.InnerException is AzuriteUnavailableException unavailable)
            {
                await stderr.WriteLineAsync(unavailable.Message.AsMemory(), cancellationToken);
                return ExitCodes.Unavailable;
            }
            catch (DemoStepFailedException e)
            {
                await stderr.WriteLineAsync($"Demo failed at {e.Message}".AsMemory(), cancellationToken);
                return StepFailed;
            }
        });
        return command;
    }
}
