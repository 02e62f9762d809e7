namespace Intake.Web.Callbacks;

/// <summary>What a callback gets back when its receipt was taken: <c>recorded</c>, or <c>queued</c> on the Functions host.</summary>
public sealed record CallbackAnswer(string Status, string Request, string Source);
