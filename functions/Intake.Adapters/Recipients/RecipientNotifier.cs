using System.Text.Json;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Templates.Mail;

namespace Intake.Adapters.Recipients;

/// <summary>
/// Art 19: tells every recipient that received data from a changed source — by mail through
/// <see cref="IMailSender"/> or by a signed webhook — and returns their names for the reply to the
/// person (who has the right to know them). A failure throws, so the driver retries the effect;
/// the idempotency key (effect id and recipient) keeps a retry from sending a mail twice.
/// </summary>
public sealed class RecipientNotifier(DataMapCatalog catalog, IMailSender mail, HttpClient http, SourceSecrets secrets, TimeProvider time)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>How long a webhook recipient may take to answer before the effect fails and is retried.</summary>
    public static TimeSpan RecipientTimeout { get; } = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<string>> NotifyAsync(RecipientNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!notice.Type.NotifiesRecipients())
        {
            return [];
        }

        var map = catalog.Get(notice.Controller);
        var changed = notice.Receipts
            .Where(r => r.RowsAffected > 0 || r.Outcome is SourceOutcome.Applied or SourceOutcome.PartlyKept)
            .Select(r => r.SourceId)
            .ToHashSet(StringComparer.Ordinal);
        var told = new List<string>();
        foreach (var recipient in map.Recipients)
        {
            var sources = map.Sources.Where(s => changed.Contains(s.Id) && recipient.Sources.Contains(s.Id, StringComparer.Ordinal)).ToList();
            if (sources.Count == 0)
            {
                continue;
            }

            var key = notice.EffectId + ":" + recipient.Id;
            if (recipient.Kind == RecipientKind.Mail)
            {
                var message = RecipientNoticeMail.Render(map, recipient, notice.Request, notice.Type, notice.Person, notice.Rectification, sources);
                await mail.SendAsync(message, key, cancellationToken);
            }
            else
            {
                await PostAsync(recipient, notice, sources, key, cancellationToken);
            }

            told.Add(recipient.Name.For(notice.Language));
        }

        return told;
    }

    private async Task PostAsync(RecipientDefinition recipient, RecipientNotice notice, List<SourceDefinition> sources, string key, CancellationToken cancellationToken)
    {
        var endpoint = recipient.Webhook!;
        var signingKey = secrets.SigningKey(endpoint.SigningKeyName);
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new RecipientWebhookBody(
                notice.Request.Value,
                notice.Controller.Value,
                recipient.Id,
                notice.Type.WireName(),
                notice.Person,
                notice.Rectification,
                sources.Select(s => s.Id).ToList(),
                notice.Now),
            SourceJson.Options);
        using var request = SignedJsonRequest.Create(endpoint.Url, body, signingKey, time.GetUtcNow());
        request.Headers.Add(IdempotencyHeader, key);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RecipientTimeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Recipient {recipient.Id} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}
