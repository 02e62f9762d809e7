using Azure.Data.Tables;
using Intake.Core.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Local.Outbox;

/// <summary>
/// Keeps mail in an Azure Table instead of sending it: the local host's default, so a person can
/// open each mail and click its links. Each idempotency key is stored at most once: a worker that
/// crashed after storing and retries the effect changes nothing (see <see cref="OutboxRow"/>).
/// </summary>
public sealed partial class OutboxMailSender : IMailSender, IOutbox
{
    /// <summary>The largest page <see cref="ListAsync"/> returns.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Characters of text and HTML together that one mail may have; larger mail is refused for good.</summary>
    public const int MaxBodyLength = OutboxRow.MaxBodyLength;

    /// <summary>Characters per stored body part (a table property holds 64 KiB).</summary>
    public const int BodyPartLength = OutboxRow.ChunkLength;

    private readonly TableClient table;
    private readonly TimeProvider time;
    private readonly ILogger<OutboxMailSender> logger;
    private volatile bool tableReady;

    public OutboxMailSender(TableServiceClient service, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxMailSender> logger)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        table = service.GetTableClient(options.Value.TableName);
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The table the outbox writes to.</summary>
    public string TableName => table.Name;

    public async Task SendAsync(MailMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        EffectKey.Require(idempotencyKey);
        var to = RecipientAddress.Require(message.To, nameof(message));
        if (message.Text.Length + message.Html.Length > OutboxRow.MaxBodyLength)
        {
            throw new MailDeliveryException(
                $"The mail is larger than the outbox keeps ({OutboxRow.MaxBodyLength} characters of text and HTML).",
                statusCode: null,
                isRetryable: false);
        }

        await EnsureTableAsync(cancellationToken);
        var sentAt = time.GetUtcNow();
        var mail = new OutboxMail(
            OutboxRow.NewId(sentAt, idempotencyKey),
            to,
            message.Subject,
            message.Text,
            message.Html,
            message.Links,
            sentAt,
            idempotencyKey,
            message.Reference?.Value,
            message.Kind?.ToString());
        var claim = new TableEntity(OutboxRow.Partition, OutboxRow.ClaimKey(idempotencyKey)) { ["MailId"] = mail.Id };

        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, claim),
                    new TableTransactionAction(TableTransactionActionType.Add, OutboxRow.ToEntity(mail)),
                ],
                cancellationToken);
            LogStored(logger, mail.Kind, mail.Reference, idempotencyKey, mail.Id);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            // The claim row exists: this key was stored before. Nothing was written now.
            LogDuplicate(logger, idempotencyKey);
        }
    }

    public async Task<OutboxPage> ListAsync(int pageSize = 20, string? continuationToken = null, string? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        await EnsureTableAsync(cancellationToken);

        var filter = string.IsNullOrWhiteSpace(to)
            ? TableClient.CreateQueryFilter($"PartitionKey eq {OutboxRow.Partition} and RowKey ge {OutboxRow.MailPrefix} and RowKey lt {OutboxRow.MailPrefixEnd}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {OutboxRow.Partition} and RowKey ge {OutboxRow.MailPrefix} and RowKey lt {OutboxRow.MailPrefixEnd} and ToLower eq {to.Trim().ToLowerInvariant()}");

        // A filtered page may come back short (the service stops scanning, not matching), so keep
        // asking until the page is full or the table is read to the end.
        var mails = new List<OutboxMail>(pageSize);
        var token = continuationToken;
        do
        {
            var wanted = pageSize - mails.Count;
            await foreach (var page in table.QueryAsync<TableEntity>(filter, wanted, cancellationToken: cancellationToken).AsPages(token, wanted))
            {
                mails.AddRange(page.Values.Select(OutboxRow.FromEntity));
                token = page.ContinuationToken;
                break;
            }
        }
        while (mails.Count < pageSize && !string.IsNullOrEmpty(token));

        return new OutboxPage(mails, string.IsNullOrEmpty(token) ? null : token);
    }

    public async Task<OutboxMail?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!OutboxRow.IsId(id))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(OutboxRow.Partition, OutboxRow.MailPrefix + id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? OutboxRow.FromEntity(entity) : null;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!tableReady)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            tableReady = true;
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Mail {Kind} for {Reference} kept in the outbox as {MailId}; effect {Effect}")]
    private static partial void LogStored(ILogger logger, string? kind, string? reference, string effect, string mailId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Mail for effect {Effect} is already in the outbox; nothing stored")]
    private static partial void LogDuplicate(ILogger logger, string effect);
}
