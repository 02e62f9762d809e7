using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Intake.Bench.Harness;

/// <summary>
/// Counts HTTP calls this process makes to the Azurite ports, from the runtime's own
/// <c>http.client.request.duration</c> metric: how many storage round trips one request costs is
/// what explains a throughput ratio.
/// </summary>
public sealed class StorageCallCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<int, long> calls = new();

    public StorageCallCounter()
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server.port" && tag.Value is int port)
                {
                    calls.AddOrUpdate(port, 1, (_, count) => count + 1);
                }
            }
        });
        listener.Start();
    }

    /// <summary>Calls to <paramref name="port"/> so far.</summary>
    public long CallsTo(int port) => calls.TryGetValue(port, out var count) ? count : 0;

    /// <summary>Calls to any of <paramref name="ports"/> so far.</summary>
    public long CallsTo(IEnumerable<int> ports) => ports.Sum(CallsTo);

    public void Dispose() => listener.Dispose();
}
