namespace Intake.Local.Cli;

/// <summary>Process exit codes of the command line; scripts and CI branch on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A missing or malformed argument; nothing was computed.</summary>
    public const int Usage = 2;

    /// <summary>Something the program needs (Azurite, storage) is not available.</summary>
    public const int Unavailable = 3;
}
