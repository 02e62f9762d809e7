using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Intake.Bench.Harness;

/// <summary>
/// A logger that only counts events by name (e.g. the engine's "request changed while deciding"),
/// so a benchmark can say how often something happened without turning logs on.
/// </summary>
public sealed class LogTally<T> : ILogger<T>
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Count(string eventName) => counts.TryGetValue(eventName, out var count) ? count : 0;

    /// <summary>Every event counted so far, by name.</summary>
    public IReadOnlyDictionary<string, int> Counts() => new SortedDictionary<string, int>(counts, StringComparer.Ordinal);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var name = eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        counts.AddOrUpdate(name, 1, (_, count) => count + 1);

        // Events that name an error type (e.g. "could not record the effect") are also counted per type.
        if (state is IEnumerable<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "Error").Value is string error)
        {
            counts.AddOrUpdate(name + "(" + error + ")", 1, (_, count) => count + 1);
        }
    }
}
