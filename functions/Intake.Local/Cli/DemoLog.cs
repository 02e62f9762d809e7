using System.Diagnostics;
using System.Globalization;

namespace Intake.Local.Cli;

/// <summary>
/// Runs the demo's steps one after another, printing each with the time it took; a step that throws
/// becomes a <see cref="DemoStepFailedException"/> naming the step, so the failure says where.
/// </summary>
public sealed class DemoLog(TextWriter output)
{
    private int number;

    public async Task<T> StepAsync<T>(string title, Func<Task<T>> step, Func<T, string?>? detail = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        number++;
        var watch = Stopwatch.StartNew();
        T value;
        try
        {
            value = await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DemoStepFailedException($"step {number} ({title}): {e.Message}", e);
        }

        var note = detail?.Invoke(value) is { Length: > 0 } text ? "  " + text : string.Empty;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{number,3}. {title,-52} {watch.Elapsed.TotalSeconds,6:0.00} s{note}"));
        return value;
    }

    public Task StepAsync(string title, Func<Task> step) =>
        StepAsync<bool>(title, async () =>
        {
            await step();
            return true;
        });
}
