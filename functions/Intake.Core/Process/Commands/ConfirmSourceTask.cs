using Intake.Core.Sources;

namespace Intake.Core.Process.Commands;

/// <summary>Staff confirm by hand what a manual or flagged source holds or what they did.</summary>
public sealed record ConfirmSourceTask(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestCommand(At, Actor);
