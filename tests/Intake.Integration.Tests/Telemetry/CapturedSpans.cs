using System.Collections.Concurrent;
using System.Diagnostics;

namespace Intake.Integration.Tests.Telemetry;

/// <summary>Every span any source in this process ends while it listens, as text: source, name, tags, events.</summary>
internal sealed class CapturedSpans : IDisposable
{
    private readonly ConcurrentQueue<(string Source, string Text)> spans = new();
    private readonly ActivityListener listener;

    public CapturedSpans()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => spans.Enqueue((activity.Source.Name, Describe(activity))),
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyCollection<(string Source, string Text)> Spans => spans;

    public void Dispose() => listener.Dispose();

    private static string Describe(Activity activity)
    {
        var text = new System.Text.StringBuilder().Append(activity.DisplayName).Append(' ').Append(activity.OperationName);
        foreach (var (key, value) in activity.TagObjects)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        foreach (var activityEvent in activity.Events)
        {
            text.Append(" event ").Append(activityEvent.Name);
            foreach (var (key, value) in activityEvent.Tags)
            {
                text.Append(' ').Append(key).Append('=').Append(value);
            }
        }

        foreach (var (key, value) in activity.Baggage)
        {
            text.Append(" baggage ").Append(key).Append('=').Append(value);
        }

        return text.ToString();
    }
}
