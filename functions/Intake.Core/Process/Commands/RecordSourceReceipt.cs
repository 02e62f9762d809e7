using Intake.Core.Sources;

namespace Intake.Core.Process.Commands;

/// <summary>A source's run finished with a receipt.</summary>
public sealed record RecordSourceReceipt(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestCommand(At, Actor);
