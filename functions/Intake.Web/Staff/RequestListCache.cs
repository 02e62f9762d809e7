using System.Collections.Concurrent;
using System.Globalization;
using Intake.Core.Records;
using Microsoft.Extensions.Configuration;

namespace Intake.Web.Staff;

/// <summary>
/// How stale the staff list may be. <c>Staff:ListCacheSeconds</c> (default 5; 0 reads every row on
/// every view) is how long one instance answers from its copy of a controller's summaries before it
/// asks storage for the rows written since; <c>Staff:ListFullReadMinutes</c> (default 15) is how
/// often it reads every row again anyway, in case a row was removed by hand.
/// </summary>
public sealed record RequestListCacheOptions
{
    public const string SecondsKey = "Staff:ListCacheSeconds";

    public const string FullReadKey = "Staff:ListFullReadMinutes";

    public TimeSpan Freshness { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan FullReadEvery { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Rows written at nearly the same time may carry timestamps slightly out of commit order; each
    /// incremental read reaches this far behind the newest timestamp seen so none is skipped.
    /// </summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromSeconds(30);

    public static RequestListCacheOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new RequestListCacheOptions
        {
            Freshness = TimeSpan.FromSeconds(Number(configuration, SecondsKey, 5)),
            FullReadEvery = TimeSpan.FromMinutes(Number(configuration, FullReadKey, 15)),
        };
    }

    private static double Number(IConfiguration configuration, string key, double fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidOperationException($"Configuration {key} = '{text}' is not valid: expected a number of zero or more.");
    }
}

/// <summary>A controller's summaries as one instance last read them, and when that read began.</summary>
public sealed record SummarySnapshot(IReadOnlyCollection<RequestSummary> Summaries, DateTimeOffset AsOf);

/// <summary>
/// This instance's copy of each controller's request summaries. Reading a 10,000-row partition
/// takes longer than a page may (see docs/performance.md), while few rows change between two views;
/// so the first view reads every row, and later ones only the rows written since the newest
/// timestamp seen (less <see cref="RequestListCacheOptions.Overlap"/>), at most once per
/// <see cref="RequestListCacheOptions.Freshness"/>. A view is therefore at most that much behind
/// storage, and says as of when.
/// </summary>
public sealed class RequestListCache(IRequestIndexChanges index, TimeProvider time, RequestListCacheOptions options)
{
    private readonly ConcurrentDictionary<string, Copy> copies = new(StringComparer.Ordinal);

    public async Task<SummarySnapshot> GetAsync(string controller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var copy = copies.GetOrAdd(controller, _ => new Copy());
        var current = copy.Snapshot;
        if (current is not null && time.GetUtcNow() - current.AsOf < options.Freshness)
        {
            return current;
        }

        // One read per controller at a time: views that arrive meanwhile wait for it rather than
        // each reading the same rows.
        await copy.Gate.WaitAsync(cancellationToken);
        try
        {
            current = copy.Snapshot;
            var now = time.GetUtcNow();
            if (current is not null && now - current.AsOf < options.Freshness)
            {
                return current;
            }

            var full = current is null || now - copy.FullReadAt >= options.FullReadEvery || copy.Newest is null;
            var since = full ? (DateTimeOffset?)null : copy.Newest!.Value - options.Overlap;
            var rows = full ? new Dictionary<string, RequestSummary>(StringComparer.Ordinal) : copy.Rows;
            var newest = full ? null : copy.Newest;
            await foreach (var written in index.ListWrittenSinceAsync(controller, since, cancellationToken))
            {
                rows[written.Summary.Id.Value] = written.Summary;
                newest = newest is { } seen && seen >= written.WrittenAt ? seen : written.WrittenAt;
            }

            copy.Rows = rows;
            copy.Newest = newest;
            if (full)
            {
                copy.FullReadAt = now;
            }

            var snapshot = new SummarySnapshot([.. rows.Values], now);
            copy.Snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            copy.Gate.Release();
        }
    }

    private sealed class Copy
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Dictionary<string, RequestSummary> Rows { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The newest write time seen, by storage's clock.</summary>
        public DateTimeOffset? Newest { get; set; }

        public DateTimeOffset FullReadAt { get; set; }

        private SummarySnapshot? snapshot;

        /// <summary>Read without the gate by views that find it fresh enough.</summary>
        public SummarySnapshot? Snapshot
        {
            get => Volatile.Read(ref snapshot);
            set => Volatile.Write(ref snapshot, value);
        }
    }
}
