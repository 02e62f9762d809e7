namespace Intake.Core.Notifications.Layout;

/// <summary>Label and value pairs: reference, request type, due date.</summary>
internal sealed record FactsBlock(IReadOnlyList<KeyValuePair<string, string>> Rows) : MailBlock;
