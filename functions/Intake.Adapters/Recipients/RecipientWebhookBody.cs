using Intake.Core.Sources;

namespace Intake.Adapters.Recipients;

/// <summary>What a webhook recipient receives under Art 19, signed like a webhook source job.</summary>
public sealed record RecipientWebhookBody(
    string RequestId,
    string Controller,
    string Recipient,
    string Type,
    PersonKeys Person,
    Rectification? Rectification,
    IReadOnlyList<string> Sources,
    DateTimeOffset IssuedAt);
