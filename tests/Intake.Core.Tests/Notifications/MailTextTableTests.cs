using Intake.Core.Notifications;
using Intake.Core.Notifications.Texts;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Notifications;

/// <summary>The text tables stay complete as kinds, link names and types are added.</summary>
public sealed class MailTextTableTests
{
    public static IEnumerable<object[]> Tables() => MailTextCatalog.All.Select(texts => new object[] { texts.Language });

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_language_has_every_kind(Language language)
    {
        var texts = MailTextCatalog.All.Single(table => table.Language == language);

        Assert.Empty(Enum.GetValues<MailKind>().Except(texts.Kinds.Keys));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_labels_every_link_names_every_type_and_outcome(Language language)
    {
        var texts = MailTextCatalog.All.Single(table => table.Language == language);
        var linkNames = typeof(LinkNames).GetFields().Select(field => (string)field.GetValue(null)!);

        Assert.Empty(linkNames.Except(texts.LinkLabels.Keys));
        Assert.Empty(Enum.GetValues<RequestType>().Except(texts.TypeNames.Keys));
        Assert.Empty(Enum.GetValues<RequestType>().Where(type => type.HasStatutoryClock()).Except(texts.TypeCitations.Keys));
        Assert.Empty(Enum.GetValues<SourceOutcome>().Except(texts.Outcomes.Keys));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_subject_names_the_reference(Language language)
    {
        var texts = MailTextCatalog.All.Single(table => table.Language == language);

        Assert.All(texts.Kinds.Values, kind => Assert.Contains("{reference}", kind.Subject, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_person_kind_says_what_happens_next(Language language)
    {
        var texts = MailTextCatalog.All.Single(table => table.Language == language);

        Assert.All(
            texts.Kinds.Where(pair => pair.Key.Audience() == MailAudience.Person),
            pair => Assert.NotEmpty(pair.Value.Next));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_language_is_answered_with_its_own_table(Language language)
    {
        Assert.Equal(language, MailTextCatalog.For(language).Language);
    }

    [Fact]
    public void Filling_inserts_values_once_and_reports_an_unknown_value_as_missing()
    {
        Assert.Equal("Due {x}.", TextTemplate.Fill("Due {d}.", name => name == "d" ? "{x}" : null));
        Assert.Null(TextTemplate.Fill("Due {d}.", _ => null));
    }
}
