using System.Reflection;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Texts;

namespace Intake.Integration.Tests.Staff;

public sealed class RequestListTextTableTests
{
    public static TheoryData<Language> Languages => [Language.Fi, Language.Sv, Language.En, Language.Et];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_type_stage_and_problem_has_words_and_every_placeholder_fills(Language language)
    {
        var texts = RequestListTexts.For(language);

        Assert.Equal(language, texts.Language);
        Assert.All(Enum.GetValues<RequestType>(), type => Assert.False(string.IsNullOrWhiteSpace(texts.TypeNames[type])));
        Assert.All(Enum.GetValues<Stage>(), stage => Assert.False(string.IsNullOrWhiteSpace(texts.StageNames[stage])));
        Assert.All(Enum.GetValues<RequestListProblem>(), problem => Assert.Contains("x-y-z", Placeholders.Fill(texts.Problems[problem], ("value", "x-y-z")), StringComparison.Ordinal));
        Assert.Contains("7", Placeholders.Fill(texts.Caption, ("from", "1"), ("to", "7"), ("total", "7")), StringComparison.Ordinal);
        Assert.Contains("30", Placeholders.Fill(texts.ListedAt, ("time", "now"), ("seconds", "30")), StringComparison.Ordinal);
        Assert.Contains("3", Placeholders.Fill(texts.PageOf, ("page", "2"), ("pages", "3")), StringComparison.Ordinal);
        Assert.All(Strings(texts), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Name));
    }

    [Fact]
    public void The_four_languages_say_different_things()
    {
        var fi = Strings(RequestListTexts.For(Language.Fi)).ToDictionary(t => t.Name, t => t.Value);
        var sv = Strings(RequestListTexts.For(Language.Sv)).ToDictionary(t => t.Name, t => t.Value);
        var en = Strings(RequestListTexts.For(Language.En)).ToDictionary(t => t.Name, t => t.Value);
        var et = Strings(RequestListTexts.For(Language.Et)).ToDictionary(t => t.Name, t => t.Value);

        // "Status" is the word in Swedish and English alike; prose never coincides.
        // Estonian shares a word with Finnish or Swedish now and then ("Nimi", "Kanal"); only a copy of the English counts.
        var same = fi.Keys.Where(key => fi[key] == sv[key] || sv[key] == en[key] || fi[key] == en[key] || et[key] == en[key]).ToList();
        Assert.True(same.Count <= 3, string.Join(", ", same));
    }

    private static IEnumerable<(string Name, string Value)> Strings(object table) =>
        table.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string))
            .Select(property => (property.Name, (string)property.GetValue(table)!));
}
