using Intake.Bench;
using Intake.Bench.Export;

// export-child is the export benchmark's own child process; everything else is a run.
return args is [ExportChild.Command, var mode, var jobFile]
    ? await ExportChild.RunAsync(mode, jobFile, Console.Out)
    : await BenchRun.RunAsync(args, Console.Out);
