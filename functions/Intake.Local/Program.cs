using Intake.Local.Cli;

return IntakeCommandLine.Handles(args)
    ? await IntakeCommandLine.InvokeAsync(args, Console.Out, Console.Error)
    : await LocalServer.ServeAsync(args);
