namespace Intake.Infra.Tests.Templates;

/// <summary>
/// A copy of infra/ with one deliberate regression, compiled like the real one. Used to show
/// that a check fails when the template loses the property it guards.
/// </summary>
public static class TemplateMutation
{
    /// <param name="relativeFile">File under infra/ to change, e.g. <c>modules/storage.bicep</c>.</param>
    /// <param name="original">Text that must occur exactly once in that file.</param>
    /// <param name="replacement">What it becomes.</param>
    public static async Task<CompiledTemplate> CompileAsync(string relativeFile, string original, string replacement)
    {
        var copy = Directory.CreateTempSubdirectory("intake-infra-mutation-");
        try
        {
            CopyDirectory(RepositoryLayout.InfraDirectory, copy.FullName);
            var file = Path.Combine(copy.FullName, relativeFile);
            var text = await File.ReadAllTextAsync(file);
            var occurrences = CountOccurrences(text, original);
            if (occurrences != 1)
            {
                // Guard against a mutation that silently stops applying after a refactoring.
                throw new InvalidOperationException($"Expected '{original}' once in {relativeFile}, found it {occurrences} times.");
            }

            await File.WriteAllTextAsync(file, text.Replace(original, replacement, StringComparison.Ordinal));
            return await CompiledTemplate.BuildAsync(Path.Combine(copy.FullName, "main.bicep"));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }
}
