namespace Intake.Core.DataMaps;

/// <summary>
/// Someone the data was disclosed to (Art 15(1)(c)) who must be told of a rectification, erasure or
/// restriction (Art 19). A recipient is concerned when it received data from one of the affected
/// <paramref name="Sources"/>.
/// </summary>
public sealed record RecipientDefinition(
    string Id,
    LocalizedText Name,
    RecipientKind Kind,
    string? MailAddress,
    WebhookEndpoint? Webhook,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Categories);
