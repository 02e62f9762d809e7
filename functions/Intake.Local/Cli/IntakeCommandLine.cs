using System.CommandLine;
using System.CommandLine.Invocation;

namespace Intake.Local.Cli;

/// <summary>
/// The command line of the local host. Runs in process with any writers, so tests call it
/// exactly as the program does.
/// </summary>
public static class IntakeCommandLine
{
    public static RootCommand Build() =>
        new("Intake: answers GDPR data subject requests on time. Without a command it runs the local host.")
        {
            DueCommand.Create(),
            IngestCommand.Create(),
            StaffLinkCommand.Create(),
            InstanceCommand.Create(),
            RevokeLinkCommand.Create(),
            ReindexCommand.Create(),
            DemoCommand.Create(),
        };

    /// <summary>
    /// Whether the arguments are for the command line: the first one names a command or a root
    /// option (<c>--help</c>, <c>--version</c>). Anything else is for the host.
    /// </summary>
    public static bool Handles(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        var root = Build();
        var first = args[0];
        return root.Subcommands.Any(command => command.Name == first || command.Aliases.Contains(first))
            || root.Options.Any(option => option.Name == first || option.Aliases.Contains(first));
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A parse error prints one line to
    /// <paramref name="error"/> and returns <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = Build().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // The library's default prints every error plus the whole help and exits 1; a script
            // wants the first problem in one line and a usage exit code.
            await error.WriteLineAsync(parse.Errors[0].Message.AsMemory(), cancellationToken);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
