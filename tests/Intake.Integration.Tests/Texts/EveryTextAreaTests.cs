using System.Text.RegularExpressions;
using Intake.Core.Requests;
using Intake.Core.Texts;
using Intake.Web.Texts;

namespace Intake.Integration.Tests.Texts;

/// <summary>
/// Every text area of the product — pages, mails, reports and the small enum-to-words tables — has
/// every text in Finnish, Swedish, English and Estonian, and the Estonian is a translation, not a
/// copy of the English. The areas are found by reflection, so a new area is checked without being
/// listed here.
/// </summary>
public sealed partial class EveryTextAreaTests
{
    /// <summary>At most this share of an area's prose may equal the English word for word.</summary>
    private const int MaxCopiedPercent = 5;

    /// <summary>The areas that must be found: if discovery broke, the other tests would pass on nothing.</summary>
    private static readonly string[] Expected =
    [
        "Intake.Web.Texts.StatusTexts.All",
        "Intake.Web.Texts.FormTexts.All",
        "Intake.Web.Texts.LinkTexts.All",
        "Intake.Web.Texts.ReportTexts.All",
        "Intake.Web.Texts.RequestListTexts.All",
        "Intake.Web.Texts.StaffTexts.All",
        "Intake.Web.Inbound.InboundReplyTexts.All",
        "Intake.Web.Pages.PageFrame.SkipToContent",
        "Intake.Core.Notifications.Texts.MailTextCatalog.Tables",
        "Intake.Core.Reports.ReportLabels.All",
        "Intake.Core.Inbound.RejectionTexts.All",
        "Intake.Core.Process.Texts.RefusalGroundTexts.All",
        "Intake.Core.Process.Texts.ReviewReasonTexts.All",
    ];

    public static TheoryData<string> Areas()
    {
        var data = new TheoryData<string>();
        foreach (var (area, _) in Found())
        {
            data.Add(area);
        }

        return data;
    }

    [Fact]
    public void Every_text_area_is_found()
    {
        var found = Found().Select(pair => pair.Area).ToList();

        Assert.Empty(Expected.Except(found));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Every_key_is_written_in_every_language(string area)
    {
        var tables = Flattened(area);
        var keys = tables.SelectMany(table => table.Texts.Keys).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Enum.GetValues<Language>(), tables.Select(table => table.Language));
        Assert.True(keys.Count > 0, $"{area} has no texts.");
        Assert.All(tables, table =>
        {
            Assert.Empty(keys.Except(table.Texts.Keys).Select(key => $"{table.Language}: {key} is missing"));
            Assert.Empty(table.Texts.Where(text => string.IsNullOrWhiteSpace(text.Value)).Select(text => $"{table.Language}: {text.Key} is empty"));
        });
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Every_language_names_only_values_english_names_and_estonian_names_them_all(string area)
    {
        // A value the English text does not name may not be filled where the text is shown; Finnish and
        // Swedish may leave one out ("your agent" for {agent}), Estonian is checked to say all of them.
        var tables = Flattened(area);
        var english = tables.Single(table => table.Language == Language.En).Texts;

        Assert.All(tables, table => Assert.Empty(
            from text in table.Texts
            where english.ContainsKey(text.Key)
            let own = Placeholders(text.Value)
            let theirs = Placeholders(english[text.Key])
            where table.Language == Language.Et ? !own.SetEquals(theirs) : !own.IsSubsetOf(theirs)
            select $"{table.Language}: {text.Key} names {{{string.Join(",", own)}}}, English {{{string.Join(",", theirs)}}}"));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Estonian_is_translated_not_copied_from_english(string area)
    {
        var tables = Flattened(area);
        var english = tables.Single(table => table.Language == Language.En).Texts;
        var estonian = tables.Single(table => table.Language == Language.Et).Texts;

        // Only prose counts: names, codes and format-only strings ("API", "JSON", "{source}: {outcome}.", "–") are
        // rightly the same in both languages.
        var prose = english.Where(text => IsProse(text.Value)).Select(text => text.Key).ToList();
        var copied = prose.Where(key => estonian[key] == english[key]).ToList();

        Assert.True(copied.Count * 100 <= prose.Count * MaxCopiedPercent, $"{area}: {copied.Count} of {prose.Count} texts are the English ones: {string.Join(", ", copied)}");
    }

    [Fact]
    public void Estonian_is_written_for_every_area_in_the_thousands_of_words()
    {
        // The sum over all areas, so a future area left mostly in English shows here as well as above.
        var words = Found().Sum(pair => Flattened(pair.Area).Single(table => table.Language == Language.Et).Texts.Values.Sum(text => Word().Count(text ?? string.Empty)));

        Assert.True(words > 5000, $"Only {words} Estonian words.");
    }

    [Fact]
    public void The_web_tables_say_which_language_they_are_in()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            Assert.Equal(language, LinkTexts.For(language).Language);
            Assert.Equal(language, StaffTexts.For(language).Language);
            Assert.Equal(language, ReportTexts.For(language).Language);
            Assert.Equal(language, RequestListTexts.For(language).Language);
        }
    }

    private static IReadOnlyList<(string Area, object Translations)> Found() =>
        TextTable.Find(typeof(Translations<>).Assembly, typeof(StatusTexts).Assembly);

    private static IReadOnlyList<(Language Language, IReadOnlyDictionary<string, string?> Texts)> Flattened(string area) =>
        [.. TextTable.Tables(Found().Single(pair => pair.Area == area).Translations).Select(table => (table.Language, TextTable.Flatten(table.Table)))];

    private static HashSet<string> Placeholders(string? text) =>
        [.. Placeholder().Matches(text ?? string.Empty).Select(match => match.Groups[1].Value)];

    /// <summary>Two or more words of three letters or more outside placeholders: a sentence or a phrase, not a name or code.</summary>
    private static bool IsProse(string? text) =>
        text is not null && Word().Count(Placeholder().Replace(text, " ")) >= 2;

    [GeneratedRegex(@"\{([A-Za-z0-9]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
