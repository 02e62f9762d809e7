using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// What a webhook source receives: the job, the keys to find the person by and, when it may
/// answer later, where to post the receipt. Signed with HMAC-SHA256 (see <see cref="WebhookSignature"/>).
/// </summary>
public sealed record WebhookJobBody(
    string RequestId,
    string Controller,
    string Source,
    SourceAction Action,
    PersonKeys Person,
    Rectification? Rectification,
    Uri? CallbackUrl,
    DateTimeOffset IssuedAt);
