using System.Collections.Concurrent;
using Intake.Core.Records;

namespace Intake.Web.Staff;

/// <summary>
/// How stale the staff list may be, as the cache uses it (see <see cref="StaffListSettings"/> for
/// the settings it is made from).
/// </summary>
public sealed record RequestListCacheOptions
{
    public TimeSpan Freshness { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The most a view may be behind storage: what the page tells staff.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan FullReadEvery { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Rows written at nearly the same time may carry timestamps slightly out of commit order; each
    /// incremental read reaches this far behind the newest timestamp seen so none is skipped.
    /// </summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromSeconds(30);

    public bool Enabled => Freshness > TimeSpan.Zero;

    /// <summary>A maximum age below the refresh interval is raised to it: a copy cannot be fresher than its refresh.</summary>
    public static RequestListCacheOptions From(StaffListSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var freshness = TimeSpan.FromSeconds(settings.ListCacheSeconds);
        var maxAge = TimeSpan.FromSeconds(settings.ListMaxAgeSeconds);
        return new RequestListCacheOptions
        {
            Freshness = freshness,
            MaxAge = maxAge < freshness ? freshness : maxAge,
            FullReadEvery = TimeSpan.FromMinutes(settings.ListFullReadMinutes),
        };
    }
}

/// <summary>A controller's summaries as one instance last read them, and when that read began.</summary>
public sealed record SummarySnapshot(IReadOnlyCollection<RequestSummary> Summaries, DateTimeOffset AsOf);

/// <summary>
/// This instance's copy of each controller's request summaries. Reading a 10,000-row partition
/// takes longer than a page may (see docs/performance.md), while few rows change between two views;
/// so the first view reads every row, and later refreshes only the rows written since the newest
/// timestamp seen (less <see cref="RequestListCacheOptions.Overlap"/>). A refresh runs behind the
/// view that finds the copy older than <see cref="RequestListCacheOptions.Freshness"/>, so paging
/// through the list never waits for storage; only a copy older than
/// <see cref="RequestListCacheOptions.MaxAge"/> makes a view wait. Every view says as of when.
/// </summary>
public sealed class RequestListCache(IRequestIndexChanges index, TimeProvider time, RequestListCacheOptions options)
{
    private readonly ConcurrentDictionary<string, Copy> copies = new(StringComparer.Ordinal);

    public async Task<SummarySnapshot> GetAsync(string controller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (!options.Enabled)
        {
            var asOf = time.GetUtcNow();
            var rows = new List<RequestSummary>();
            await foreach (var written in index.ListWrittenSinceAsync(controller, null, cancellationToken))
            {
                rows.Add(written.Summary);
            }

            return new SummarySnapshot(rows, asOf);
        }

        var copy = copies.GetOrAdd(controller, _ => new Copy());
        var current = copy.Snapshot;
        if (current is not null)
        {
            var age = time.GetUtcNow() - current.AsOf;
            if (age < options.Freshness)
            {
                return current;
            }

            if (age < options.MaxAge)
            {
                RefreshBehind(copy, controller);
                return current;
            }
        }

        // One read per controller at a time: views that arrive meanwhile wait for it rather than
        // each reading the same rows.
        await copy.Gate.WaitAsync(cancellationToken);
        try
        {
            current = copy.Snapshot;
            if (current is not null && time.GetUtcNow() - current.AsOf < options.Freshness)
            {
                return current;
            }

            return await RefreshAsync(copy, controller, cancellationToken);
        }
        finally
        {
            copy.Gate.Release();
        }
    }

    private void RefreshBehind(Copy copy, string controller)
    {
        if (!copy.Gate.Wait(0))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(copy, controller, CancellationToken.None);
            }
#pragma warning disable CA1031 // Nobody awaits this refresh: the next view past the maximum age waits for its own read and meets the fault there.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
            finally
            {
                copy.Gate.Release();
            }
        });
    }

    /// <summary>Runs under the copy's gate.</summary>
    private async Task<SummarySnapshot> RefreshAsync(Copy copy, string controller, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var full = copy.Snapshot is null || copy.Newest is null || now - copy.FullReadAt >= options.FullReadEvery;
        var since = full ? (DateTimeOffset?)null : copy.Newest!.Value - options.Overlap;
        var rows = full ? new Dictionary<string, RequestSummary>(StringComparer.Ordinal) : new Dictionary<string, RequestSummary>(copy.Rows, StringComparer.Ordinal);
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

    private sealed class Copy
    {
        private SummarySnapshot? snapshot;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Dictionary<string, RequestSummary> Rows { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The newest write time seen, by storage's clock.</summary>
        public DateTimeOffset? Newest { get; set; }

        public DateTimeOffset FullReadAt { get; set; }

        /// <summary>Read without the gate by views that find it fresh enough.</summary>
        public SummarySnapshot? Snapshot
        {
            get => Volatile.Read(ref snapshot);
            set => Volatile.Write(ref snapshot, value);
        }
    }
}
