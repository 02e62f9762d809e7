using Intake.Core.Sources;

namespace Intake.Core.Process.Events;

/// <summary>The export ZIP is in storage.</summary>
public sealed record ExportAssembled(DateTimeOffset At, Actor Actor, ExportSummary Export) : RequestEvent(At, Actor);
