namespace Intake.Local.Outbox;

/// <summary>A link of an outbox mail: its name from <c>LinkNames</c>, its label and full URL.</summary>
public sealed record OutboxLinkJson(string Name, string Label, string Url);
