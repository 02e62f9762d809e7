using Intake.Core.Sources;

namespace Intake.Core.Process.Commands;

/// <summary>The export was assembled.</summary>
public sealed record RecordExport(DateTimeOffset At, Actor Actor, ExportSummary Export) : RequestCommand(At, Actor);
