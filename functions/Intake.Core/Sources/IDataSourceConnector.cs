namespace Intake.Core.Sources;

/// <summary>
/// Runs one action on one kind of source. Connectors write rows and proofs to
/// <paramref name="evidence"/> and return a small receipt that becomes an event. They throw on
/// failures worth retrying (network, busy store); the runner applies timeouts and retries.
/// </summary>
public interface IDataSourceConnector
{
    /// <summary>The data map kind this connector serves (<c>sqlite</c>, <c>azure-table</c>…).</summary>
    string Kind { get; }

    Task<SourceReceipt> RunAsync(SourceJob job, IEvidenceWriter evidence, CancellationToken cancellationToken = default);
}
