namespace Intake.Local.Cli;

/// <summary>What the program does when no command is given: run the local host.</summary>
public static class LocalServer
{
    /// <summary>
    /// PLACEHOLDER until the local-host work lands: prints that the server is not here yet and
    /// returns 0. Replace this method with the real host start-up.
    /// </summary>
    public static int Serve(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Out.WriteLine("The local server is added by the local-host work; for now try 'due --help'.");
        return ExitCodes.Success;
    }
}
