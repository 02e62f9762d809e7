namespace Intake.Core.Process.Commands;

/// <summary>Art 19 notices went out to these recipients.</summary>
public sealed record RecordRecipientsNotified(DateTimeOffset At, Actor Actor, IReadOnlyList<string> Recipients) : RequestCommand(At, Actor);
