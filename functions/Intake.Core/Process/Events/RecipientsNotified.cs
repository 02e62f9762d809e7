namespace Intake.Core.Process.Events;

/// <summary>Art 19: these recipients were told; the reply lists them.</summary>
public sealed record RecipientsNotified(DateTimeOffset At, Actor Actor, IReadOnlyList<string> Recipients) : RequestEvent(At, Actor);
