namespace Intake.Local.Outbox;

/// <summary>Reads the local outbox: the mail the process would have sent, for a person to open and click.</summary>
public interface IOutbox
{
    /// <summary>
    /// Mail newest first. <paramref name="continuationToken"/> is the <see cref="OutboxPage.ContinuationToken"/>
    /// of the previous page; <paramref name="to"/> keeps only mail to that address (case-insensitive).
    /// </summary>
    Task<OutboxPage> ListAsync(int pageSize = 20, string? continuationToken = null, string? to = null, CancellationToken cancellationToken = default);

    /// <summary>One mail by its <see cref="OutboxMail.Id"/>, or <c>null</c>.</summary>
    Task<OutboxMail?> GetAsync(string id, CancellationToken cancellationToken = default);
}
