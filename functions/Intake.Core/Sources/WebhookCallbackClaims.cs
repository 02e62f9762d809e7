using Intake.Core.Requests;

namespace Intake.Core.Sources;

/// <summary>What a callback token names: the only request, source and action its receipt may be for.</summary>
public sealed record WebhookCallbackClaims(RequestId Request, string SourceId, SourceAction Action, DateTimeOffset ExpiresAt);
