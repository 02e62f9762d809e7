namespace Intake.Integration.Tests.Durable;

/// <summary>
/// Runs code with no synchronization context, so the awaits of orchestrator code started or resumed
/// inside run inline on this thread, one step at a time — the way the Durable engine runs an
/// orchestrator on a single thread. Without this, xunit's context would post each continuation to
/// its thread pool and the orchestration would run beside the test.
/// </summary>
internal static class WithoutContext
{
    public static T Run<T>(Func<T> action)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    public static void Run(Action action) => Run(() =>
    {
        action();
        return true;
    });
}
