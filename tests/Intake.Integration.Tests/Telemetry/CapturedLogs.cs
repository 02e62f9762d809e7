using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Intake.Integration.Tests.Telemetry;

/// <summary>
/// A logger provider that keeps every line a host writes as text: the category, the message, each
/// structured value, the exception and every scope around it — all an exporter could send on.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
        // Nothing to release: the lines stay readable after the host stopped.
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder().Append(category).Append(": ").Append(formatter(state, exception));
            Append(line, state);
            owner.scopes.ForEachScope((scope, builder) => Append(builder.Append(" | scope "), scope), line);
            if (exception is not null)
            {
                line.Append(" | ").Append(exception);
            }

            owner.lines.Enqueue(line.ToString());
        }

        private static void Append(System.Text.StringBuilder line, object? state)
        {
            line.Append(' ').Append(state);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(' ').Append(key).Append('=').Append(value);
                }
            }
        }
    }
}
