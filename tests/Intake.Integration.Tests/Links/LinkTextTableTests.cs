using System.Reflection;
using System.Text.RegularExpressions;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Texts;

namespace Intake.Integration.Tests.Links;

/// <summary>The text tables of the link and staff pages: complete in every language, and every placeholder one the pages fill.</summary>
public sealed partial class LinkTextTableTests
{
    /// <summary>The placeholders each page fills; a text naming any other would throw when shown.</summary>
    private static readonly HashSet<string> Known = ["stage", "cutoff", "due", "contact", "limit", "controller", "type", "reference", "max", "authority", "source", "time", "count", "entry", "until"];

    public static TheoryData<Language> Languages => [Language.Fi, Language.Sv, Language.En, Language.Et];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_stage_and_request_type_has_a_name(Language language)
    {
        var texts = LinkTexts.For(language);

        Assert.Equal(language, texts.Language);
        Assert.All(Enum.GetValues<Stage>(), stage => Assert.False(string.IsNullOrWhiteSpace(texts.StageNames[stage])));
        Assert.All(Enum.GetValues<RequestType>(), type => Assert.False(string.IsNullOrWhiteSpace(texts.TypeNames[type])));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_staff_choice_has_a_name(Language language)
    {
        var staff = StaffTexts.For(language);

        Assert.Equal(language, staff.Language);
        Assert.All(Enum.GetValues<RefusalGround>(), ground => Assert.False(string.IsNullOrWhiteSpace(staff.GroundNames[ground])));
        Assert.All(Enum.GetValues<Channel>(), channel => Assert.False(string.IsNullOrWhiteSpace(staff.ChannelNames[channel])));
        Assert.All(Enum.GetValues<Core.Sources.SourceAction>(), action => Assert.False(string.IsNullOrWhiteSpace(staff.ActionNames[action])));
        Assert.All(Enum.GetValues<SourceTaskStatus>(), status => Assert.False(string.IsNullOrWhiteSpace(staff.TaskStatusNames[status])));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_is_written_and_names_only_placeholders_the_pages_fill(Language language)
    {
        var strings = Strings(LinkTexts.For(language)).Concat(Strings(StaffTexts.For(language))).ToList();

        Assert.True(strings.Count > 150);
        Assert.All(strings, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Name);
            Assert.All(Placeholder().Matches(text.Value), match => Assert.Contains(match.Groups[1].Value, Known));
        });
    }

    [Fact]
    public void The_four_languages_say_different_things()
    {
        // A table copied from another language and never translated would pass every other check.
        var fi = Strings(StaffTexts.For(Language.Fi)).ToDictionary(t => t.Name, t => t.Value);
        var sv = Strings(StaffTexts.For(Language.Sv)).ToDictionary(t => t.Name, t => t.Value);
        var en = Strings(StaffTexts.For(Language.En)).ToDictionary(t => t.Name, t => t.Value);
        var et = Strings(StaffTexts.For(Language.Et)).ToDictionary(t => t.Name, t => t.Value);
        // Estonian shares a word with Finnish or Swedish now and then ("Nimi", "Kanal"); only a copy of the English counts.
        var same = fi.Keys.Where(key => fi[key] == sv[key] || sv[key] == en[key] || fi[key] == en[key] || et[key] == en[key]).ToList();

        // Only technical labels may coincide (e.g. "SHA-256"); prose never does.
        Assert.True(same.Count <= 2, string.Join(", ", same));
    }

    [Fact]
    public void Placeholders_fill_in_one_pass_so_braces_in_a_value_stay_literal()
    {
        var filled = Placeholders.Fill("Dear {name}, the request is {stage}.", ("name", "{stage}"), ("stage", "open"));

        Assert.Equal("Dear {stage}, the request is open.", filled);
    }

    [Fact]
    public void A_placeholder_without_a_value_throws_rather_than_showing_braces()
    {
        Assert.Throws<FormatException>(() => Placeholders.Fill("Due {due}", ("stage", "open")));
        Assert.Throws<FormatException>(() => Placeholders.Fill("Due {due", ("due", "today")));
    }

    private static IEnumerable<(string Name, string Value)> Strings(object table) =>
        table.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string))
            .Select(property => (property.Name, (string)property.GetValue(table)!));

    [GeneratedRegex("\\{([a-z]+)\\}")]
    private static partial Regex Placeholder();
}
