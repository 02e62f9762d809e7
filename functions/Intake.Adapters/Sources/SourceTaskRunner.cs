using System.Collections.Concurrent;
using Intake.Adapters.Evidence;
using Intake.Adapters.Suppression;
using Intake.Core.DataMaps;
using Intake.Core.Sources;
using Polly;
using Polly.Retry;

namespace Intake.Adapters.Sources;

/// <summary>
/// Runs one effect "run action A on source S": picks the connector for the source's kind, cuts
/// each attempt at the source's timeout, retries with growing waits up to the source's attempts,
/// stores the receipt in the evidence container and returns it. Jobs for different sources run
/// concurrently and never share state, so one hanging source cannot hold up another. Running the
/// same job again returns the stored final receipt instead of acting twice.
/// </summary>
public sealed class SourceTaskRunner
{
    private readonly DataMapCatalog catalog;
    private readonly Dictionary<string, IDataSourceConnector> connectors;
    private readonly BlobEvidenceStore evidence;
    private readonly SuppressionList suppression;
    private readonly ConnectorOptions options;
    private readonly ConcurrentDictionary<string, ResiliencePipeline> pipelines = new(StringComparer.Ordinal);

    public SourceTaskRunner(
        DataMapCatalog catalog,
        IEnumerable<IDataSourceConnector> connectors,
        BlobEvidenceStore evidence,
        SuppressionList suppression,
        ConnectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(connectors);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(suppression);
        this.catalog = catalog;
        this.connectors = connectors.ToDictionary(c => c.Kind, StringComparer.Ordinal);
        this.evidence = evidence;
        this.suppression = suppression;
        this.options = options ?? new ConnectorOptions();
    }

    /// <exception cref="SourceFailedException">The source failed on every attempt, or cannot run with this configuration.</exception>
    public async Task<SourceReceipt> RunAsync(SourceJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var source = job.Source;
        if (!connectors.TryGetValue(source.Kind.WireName(), out var connector))
        {
            throw new SourceFailedException(source.Id, job.Action, 0, new SourceConfigurationException($"No connector serves kind {source.Kind.WireName()}."));
        }

        if (await evidence.ReadReceiptAsync(job.Request, source.Id, job.Action, cancellationToken) is { } done && IsFinal(done))
        {
            return done;
        }

        if (catalog.TryGet(job.Controller, out var map) && map is not null)
        {
            job = job with { RetentionRules = map.RulesFor(source) };
        }

        var attempts = 0;
        SourceReceipt receipt;
        try
        {
            if (job.Action == SourceAction.SuppressMarketing)
            {
                // Art 21(3): the person must never be re-added, whatever the sources hold.
                await suppression.AddAsync(job.Controller, job.Person.Email, cancellationToken);
            }

            receipt = await PipelineFor(source).ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    return await connector.RunAsync(job, evidence, token);
                },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new SourceFailedException(source.Id, job.Action, attempts, e);
        }

        var proof = EvidenceBlobNames.Receipt(job.Request, source.Id, job.Action);
        receipt = receipt with { EvidenceBlob = receipt.EvidenceBlob ?? proof };
        await evidence.WriteReceiptAsync(job.Request, receipt, cancellationToken);
        return receipt;
    }

    private static bool IsFinal(SourceReceipt receipt) =>
        receipt.Outcome is not (SourceOutcome.AwaitingStaff or SourceOutcome.AwaitingCallback);

    private ResiliencePipeline PipelineFor(SourceDefinition source) =>
        pipelines.GetOrAdd(source.Id + "|" + source.Timeout.Ticks + "|" + source.MaxAttempts, _ =>
        {
            var builder = new ResiliencePipelineBuilder();
            if (source.MaxAttempts > 1)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = source.MaxAttempts - 1,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not SourceConfigurationException and not ArgumentException),
                });
            }

            // The timeout sits inside the retry: it cuts each attempt, not the whole job.
            return builder.AddTimeout(source.Timeout).Build();
        });
}
