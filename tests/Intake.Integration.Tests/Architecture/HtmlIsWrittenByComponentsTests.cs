using System.Text.RegularExpressions;

namespace Intake.Integration.Tests.Architecture;

/// <summary>
/// HTML is written one way: Razor components, which encode every value. A C# file that writes
/// markup in a string — the way pages, mails and report.html were once built — is the place where
/// a forgotten encode lets typed text become markup, so none may remain.
/// </summary>
public sealed partial class HtmlIsWrittenByComponentsTests
{
    [Fact]
    public void No_csharp_file_of_the_product_writes_html_in_a_string()
    {
        var functions = Path.Combine(RepositoryRoot(), "functions");
        var offending = Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(functions, file))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => WritesMarkup(hit.line))
            .Select(hit => $"{Path.GetRelativePath(functions, hit.file)}:{hit.number}")
            .ToList();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("        html.Append(\"<p style=\\\"\").Append(style);", true)]
    [InlineData("            <h1>{title}</h1>", true)]
    [InlineData("        var back = Html.Of($\"\"\"<p><a href=\"{href}\">{label}</a></p>\"\"\");", true)]
    [InlineData("    /// <summary>The page's <c>main</c> part.</summary>", false)]
    [InlineData("    [GeneratedRegex(\"<form method=\\\"post\\\" action=\\\"(?<action>[^\\\"]*)\\\"\")]", false)]
    [InlineData("        var name = \"report.html\";", false)]
    public void The_check_sees_markup_in_strings_and_raw_strings_but_not_doc_comments_or_patterns(string line, bool markup)
    {
        Assert.Equal(markup, WritesMarkup(line));
    }

    private static bool WritesMarkup(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.Contains("GeneratedRegex", StringComparison.Ordinal))
        {
            return false;
        }

        return MarkupInString().IsMatch(line) || MarkupLine().IsMatch(trimmed);
    }

    // A quote (or an interpolation's brace) followed by an HTML element's start tag.
    [GeneratedRegex("[\"}]<(p|div|table|tr|td|th|ul|ol|li|h[1-6]|html|head|body|form|input|button|span|a|br|section|main|nav|dl|dt|dd|pre|code|strong|blockquote|fieldset|legend|label|select|option|textarea|svg|rect|g|text)[ >/]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupInString();

    // A line of a raw string literal that is markup.
    [GeneratedRegex("^<(p|div|table|tr|ul|ol|li|h[1-6]|html|head|body|form|input|button|section|main|nav|dl|dt|pre|blockquote|fieldset|legend|label|select|textarea|svg|!doctype)[ >/]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupLine();

    private static bool IsBuildOutput(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Intake.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Intake.sln) was not found above the test output.");
    }
}
