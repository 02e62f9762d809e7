using System.Collections.Concurrent;
using System.Diagnostics;

namespace Intake.Testing;

/// <summary>
/// Records the HTTP calls this process makes to one Azurite, from the runtime's own
/// <c>System.Net.Http</c> activities, and sorts them into the work a request causes and the engine's
/// idle upkeep (queue polls and partition-lease renewals, which depend on time, not on requests).
/// Calls made inside <see cref="Unobserved"/> — a test's own polling — are not recorded.
/// </summary>
public sealed class StorageCallLog : IDisposable
{
    private static readonly AsyncLocal<bool> Hidden = new();
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<StorageCall> calls = new();
    private readonly int blobPort;
    private readonly int queuePort;
    private readonly int tablePort;
    private readonly string prefix;

    /// <param name="prefix">The storage prefix of the host observed; it is left out of the breakdown, which then reads the same in every run.</param>
    public StorageCallLog(int blobPort, int queuePort, int tablePort, string prefix)
    {
        this.prefix = prefix;
        this.blobPort = blobPort;
        this.queuePort = queuePort;
        this.tablePort = tablePort;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Calls made until the returned scope is disposed are the observer's, not the system's.</summary>
    public static IDisposable Unobserved()
    {
        Hidden.Value = true;
        return new Scope();
    }

    /// <summary>Every call recorded so far.</summary>
    public IReadOnlyList<StorageCall> Calls => [.. calls];

    /// <summary>The calls a request caused: everything but idle upkeep.</summary>
    public IReadOnlyList<StorageCall> Work => Calls.Where(call => !call.IsUpkeep).ToList();

    public void Clear() => calls.Clear();

    public void Dispose() => listener.Dispose();

    private void Record(Activity activity)
    {
        if (Hidden.Value || activity.GetTagItem("server.port") is not int port || activity.GetTagItem("url.full") is not string url)
        {
            return;
        }

        var service = port == tablePort ? "table" : port == queuePort ? "queue" : port == blobPort ? "blob" : null;
        if (service is null)
        {
            return;
        }

        var method = activity.GetTagItem("http.request.method") as string ?? "?";
        var path = new Uri(url).AbsolutePath;
        var resource = Resource(service, path);
        if (prefix.Length > 0 && resource.StartsWith(prefix, StringComparison.Ordinal))
        {
            resource = resource[prefix.Length..];
        }

        calls.Enqueue(new StorageCall(DateTime.UtcNow, service, method, resource));
    }

    // "/devstoreaccount1/hxyzintakehub-control-00/messages" → "intakehub-control-00"; tables lose their keys.
    private static string Resource(string service, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length > 1 ? parts[1] : service;
        var key = name.IndexOf('(', StringComparison.Ordinal);
        return key >= 0 ? name[..key] : name;
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Hidden.Value = false;
    }
}

/// <summary>One storage round trip: when, which service, the HTTP method and the table, queue or container (without the storage prefix).</summary>
public sealed record StorageCall(DateTime At, string Service, string Method, string Resource)
{
    /// <summary>
    /// The engine's idle upkeep: reading its queues (a poll, empty or not — the message it finds is
    /// counted by its delete) and renewing partition leases in the partitions table.
    /// </summary>
    public bool IsUpkeep =>
        (Service == "queue" && Method == "GET")
        || Resource.EndsWith("Partitions", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short label for a breakdown: "table POST requests".</summary>
    public string Kind => $"{Service} {Method} {Resource}";
}
