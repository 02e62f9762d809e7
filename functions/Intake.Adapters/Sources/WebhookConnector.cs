using System.Net;
using System.Text.Json;
using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// Another system that holds personal data, asked by a signed HTTP POST. It answers 200 with its
/// receipt (and, for an export, the rows under <c>rows</c>), or 202 and posts the receipt later
/// to the signed callback URL. Any other answer is a failure the runner retries.
/// </summary>
public sealed class WebhookConnector(HttpClient http, SourceSecrets secrets, ConnectorOptions options, TimeProvider time) : IDataSourceConnector
{
    public string Kind => SourceKindNames.Webhook;

    public async Task<SourceReceipt> RunAsync(SourceJob job, IEvidenceWriter evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(evidence);
        var endpoint = job.Source.Webhook ?? throw new SourceConfigurationException($"Source {job.Source.Id} has no webhook.");
        var key = secrets.SigningKey(endpoint.SigningKeyName);
        Uri? callback = null;
        if (options.CallbackUri is { } baseUri)
        {
            var token = WebhookCallbackToken.Create(key, new WebhookCallbackClaims(job.Request, job.Source.Id, job.Action, job.Now + options.CallbackLifetime));
            callback = new Uri(baseUri + (baseUri.Query.Length > 0 ? "&" : "?") + "token=" + Uri.EscapeDataString(token));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new WebhookJobBody(job.Request.Value, job.Controller.Value, job.Source.Id, job.Action, job.Person, job.Rectification, callback, job.Now),
            SourceJson.Options);
        using var request = SignedJsonRequest.Create(endpoint.Url, body, key, time.GetUtcNow());

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Accepted && callback is not null)
        {
            return new SourceReceipt(job.Source.Id, job.Action, SourceOutcome.AwaitingCallback, 0, 0, [], "The system accepted the job and will post its receipt.", null, job.Now);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"Source {job.Source.Id} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!WebhookReceipts.TryParse(answer, job.Source.Id, job.Action, job.Now, out var receipt, out var rows, out var problem))
        {
            throw new InvalidDataException($"Source {job.Source.Id} answered with an unusable receipt: {problem}");
        }

        if (job.Action != SourceAction.Export || rows.Count == 0)
        {
            return receipt!;
        }

        await using var writer = await evidence.OpenRowsAsync(job.Request, job.Source.Id, cancellationToken);
        foreach (var row in rows)
        {
            await writer.WriteAsync(RowProjection.RedactOthersData(job.Source, row), cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return receipt! with { EvidenceBlob = writer.BlobName };
    }
}
