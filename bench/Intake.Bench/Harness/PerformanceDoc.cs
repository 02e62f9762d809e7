namespace Intake.Bench.Harness;

/// <summary>
/// Replaces the results block of docs/performance.md (between its two marker comments) with a
/// run's table, leaving the hand-written explanation around it alone.
/// </summary>
public static class PerformanceDoc
{
    public const string Begin = "<!-- results:begin (written by bench/run.sh) -->";
    public const string End = "<!-- results:end -->";

    public static async Task WriteAsync(string path, string markdown)
    {
        var text = await File.ReadAllTextAsync(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"{path} has no results block between '{Begin}' and '{End}'.");
        }

        var updated = text[..(begin + Begin.Length)] + "\n" + markdown.TrimEnd() + "\n" + text[end..];
        await File.WriteAllTextAsync(path, updated);
    }
}
