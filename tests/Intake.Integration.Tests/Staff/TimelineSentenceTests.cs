using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Web.Staff;
using Intake.Web.Texts;

namespace Intake.Integration.Tests.Staff;

/// <summary>The detail page's words: a sentence for every event type in every staff language, and the clock cited exactly.</summary>
public sealed class TimelineSentenceTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<Language> Languages => new() { Language.Fi, Language.Sv, Language.En, Language.Et };

    public static IEnumerable<Type> EventTypes => typeof(RequestEvent).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(RequestEvent)) && !type.IsAbstract);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_event_type_has_a_sentence_in_every_staff_language(Language language)
    {
        var sentences = StaffTexts.For(language).Story.EventSentences;

        Assert.True(EventTypes.Count() >= 35, "the events were found by reflection");
        foreach (var type in EventTypes)
        {
            var name = EventNames.Of(type);
            Assert.True(sentences.TryGetValue(name, out var sentence) && !string.IsNullOrWhiteSpace(sentence), $"{language}: no sentence for {name}");
            Assert.NotEqual(type.Name, name);
        }

        Assert.Equal(EventTypes.Select(EventNames.Of).Order(StringComparer.Ordinal), sentences.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_table_of_the_story_names_every_mail_kind_audience_link_and_page(Language language)
    {
        var story = StaffTexts.For(language).Story;

        Assert.All(Enum.GetValues<MailKind>(), kind => Assert.True(story.MailNames.ContainsKey(kind), $"{language}: {kind}"));
        Assert.All(Enum.GetValues<MailAudience>(), audience => Assert.True(story.AudienceNames.ContainsKey(audience), $"{language}: {audience}"));
        Assert.All(Enum.GetValues<ViewedPage>(), page => Assert.True(story.PageNames.ContainsKey(page), $"{language}: {page}"));
        Assert.All(Enum.GetValues<ClockPolicy>(), policy => Assert.True(story.ClockPolicyNames.ContainsKey(policy), $"{language}: {policy}"));
        var linkNames = typeof(LinkNames).GetFields().Select(field => (string)field.GetValue(null)!);
        Assert.All(linkNames, name => Assert.True(story.LinkNames.ContainsKey(name), $"{language}: link {name}"));
    }

    [Theory]
    [InlineData(Language.En, "Identity verified by the email link.")]
    [InlineData(Language.Fi, "Henkilöllisyys vahvistettu sähköpostilinkillä.")]
    [InlineData(Language.Sv, "Identiteten bekräftad via e-postlänken.")]
    [InlineData(Language.Et, "Isikusamasus kinnitati e-posti lingiga.")]
    public void Identity_verified_reads_as_a_sentence_not_a_type_name(Language language, string expected)
    {
        Assert.Equal(expected, Describe(new IdentityVerified(At, Actor.Person, null), language));
    }

    [Fact]
    public void Sentences_carry_the_facts_an_accountability_check_needs()
    {
        Assert.Equal("Deadline extended to 25 February 2027 with reasons told to the person (Art 12(3)).", Describe(new DeadlineExtended(At, Actor.Staff("abc"), "Twelve systems.", new DateOnly(2027, 2, 25)), Language.En));
        Assert.Equal("Refused: Manifestly excessive (Art 12(4)).", Describe(new RequestRefused(At, Actor.Staff("abc"), RefusalGround.ManifestlyExcessive, "Third copy this month.", At.AddYears(1)), Language.En));
        Assert.Equal("Web shop: attempt 2 failed; left to staff.", Describe(new SourceTaskFailed(At, Actor.System, "webshop", 2, "HTTP 503", null), Language.En));
        var kept = new SourceReceipt("webshop", SourceAction.Erase, SourceOutcome.PartlyKept, 3, 1, [new KeptData("Orders", 2, "Accounting Act", null)], null, null, At);
        Assert.Equal("Web shop: Done in part; some data is kept.", Describe(new SourceTaskFinished(At, Actor.System, kept), Language.En));
        // Free text the person or staff typed stays out of the timeline: the decisions show it once.
        Assert.DoesNotContain("Twelve systems", Describe(new DeadlineExtended(At, Actor.Staff("abc"), "Twelve systems.", new DateOnly(2027, 2, 25)), Language.Fi), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_sentence_fills_for_a_sample_of_each_event_without_leaving_a_placeholder(Language language)
    {
        foreach (var sample in Samples())
        {
            var sentence = Describe(sample, language);
            Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(sentence));
        }

        Assert.Equal(EventTypes.Count(), Samples().Select(sample => sample.GetType()).Distinct().Count());
    }

    [Theory]
    [InlineData("person", "the person")]
    [InlineData("system", "Intake")]
    [InlineData("staff:0123456789ab", "staff (link 0123456789ab…)")]
    [InlineData("source:webshop", "data source Web shop")]
    public void Actors_are_named_in_words(string actor, string expected)
    {
        Assert.Equal(expected, TimelineSentences.Actor(actor, StaffTexts.For(Language.En), Name));
    }

    [Theory]
    [InlineData(Language.En, "GDPR Article 12(3)", "The same Article 12(3) allows two further months", "(Article 12(4))")]
    [InlineData(Language.Fi, "12 artiklan 3 kohta", "Saman 12 artiklan 3 kohdan mukaan aikaa voidaan tarvittaessa jatkaa", "(12 artiklan 4 kohta)")]
    [InlineData(Language.Sv, "artikel 12.3", "Samma artikel 12.3 tillåter vid behov ytterligare två månader", "(artikel 12.4)")]
    public void The_clock_cites_article_12_3_for_the_month_and_its_extension_and_12_4_for_a_refusal(Language language, string month, string extension, string refusal)
    {
        var law = StaffTexts.For(language).Story.ClockLaw;

        Assert.Contains(month, law, StringComparison.Ordinal);
        Assert.Contains(extension, law, StringComparison.Ordinal);
        Assert.Contains(refusal, law, StringComparison.Ordinal);
        Assert.True(law.IndexOf(refusal, StringComparison.Ordinal) > law.IndexOf(extension, StringComparison.Ordinal), "12(4) is cited only for the refusal, after the extension");
    }

    private static string Describe(RequestEvent e, Language language) =>
        TimelineSentences.Describe(e, StaffTexts.For(language), LinkTexts.For(language), "Europe/Helsinki", Name);

    private static string Name(string id) => id == "webshop" ? "Web shop" : id;

    private static IEnumerable<RequestEvent> Samples()
    {
        var staff = Actor.Staff("0123456789ab");
        var request = new NewRequest(new Core.DataControllers.ControllerId("clewer"), RequestType.Access, true, Channel.WebForm, Language.En, new DataSubject("A", "a@example.com"), null, RequestDetails.None);
        var receipt = new SourceReceipt("webshop", SourceAction.Export, SourceOutcome.Exported, 3, 3, [], null, null, At);
        yield return new RequestReceived(At, Actor.Person, RequestId.FromRandomBytes([1, 2, 3, 4, 5, 6, 7, 8]), request, ProcessPolicy.Default, null, null, [], 0);
        yield return new VerificationLinkSent(At, Actor.System, 1, At.AddDays(3));
        yield return new VerificationLinkExpired(At, Actor.System);
        yield return new IdentityVerified(At, Actor.Person, null);
        yield return new ClosedUnverified(At, Actor.System, At.AddDays(30));
        yield return new StaffReviewRequested(At, Actor.System, [ReviewReason.SensitiveData, ReviewReason.AgentMandate]);
        yield return new ReviewApproved(At, staff, RequestType.Erasure);
        yield return new DataSubjectNotified(At, Actor.System, At.AddDays(7));
        yield return new InformationRequested(At, staff, "Which account?");
        yield return new InformationProvided(At, Actor.Person, "The old one.");
        yield return new DeadlineExtended(At, staff, "Many systems.", new DateOnly(2027, 2, 25));
        yield return new RequestRefused(At, staff, RefusalGround.RightsOfOthers, null, At.AddYears(1));
        yield return new RequestWithdrawn(At, Actor.Person, At.AddYears(1));
        yield return new ProcessingStarted(At, Actor.System, SourceAction.Export, ["webshop", "crm"]);
        yield return new SourceTaskFinished(At, Actor.System, receipt);
        yield return new SourceTaskAwaitingStaff(At, Actor.System, "webshop", null);
        yield return new SourceTaskAwaitingCallback(At, Actor.System, "webshop", At.AddDays(2));
        yield return new SourceTaskFailed(At, Actor.System, "webshop", 1, "timeout", At.AddMinutes(5));
        yield return new SourceTaskRetried(At, Actor.System, "webshop", 2);
        yield return new ExportAssemblyStarted(At, Actor.System);
        yield return new ExportAssembled(At, Actor.System, new ExportSummary("x.zip", 10, "ab", 4));
        yield return new ExportReleaseRequested(At, Actor.System);
        yield return new ExportReleased(At, staff);
        yield return new ResponseDelivered(At, Actor.System, At.AddDays(14));
        yield return new RecipientNotificationStarted(At, Actor.System);
        yield return new RecipientsNotified(At, Actor.System, ["Posti"]);
        yield return new RequestCompleted(At, Actor.System, At.AddYears(3));
        yield return new ReminderSent(At, Actor.System, "due-7", new DateOnly(2026, 12, 28), 7);
        yield return new OverdueEscalated(At, Actor.System, new DateOnly(2026, 12, 28));
        yield return new ExportDownloaded(At, Actor.Person);
        yield return new ExportExpired(At, Actor.System);
        yield return new EffectParked(At, Actor.System, new ParkedEffect(new Core.Process.Effects.PurgeRecord("e1"), "storage"));
        yield return new ErrorRetried(At, staff);
        yield return new ContactHandled(At, staff, null, At.AddDays(30));
        yield return new RequestPurged(At, Actor.System);
    }
}
