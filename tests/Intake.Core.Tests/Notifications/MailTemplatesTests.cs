using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Core.Tests.Notifications;

public sealed class MailTemplatesTests
{
    [Theory]
    [MemberData(nameof(SampleMail.KindsInEveryLanguage), MemberType = typeof(SampleMail))]
    public void Every_kind_renders_text_and_html_with_the_reference(MailKind kind, Language language)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, language));

        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.Contains(SampleMail.Reference.Value, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(SampleMail.Reference.Value, mail.Text, StringComparison.Ordinal);
        Assert.Contains(SampleMail.Reference.Value, mail.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language.Code()}\">", mail.Html, StringComparison.Ordinal);
        Assert.Equal("anna.virtanen@example.fi", mail.To);
        Assert.Equal(SampleMail.Reference, mail.Reference);
        Assert.Equal(kind, mail.Kind);
    }

    [Theory]
    [InlineData(Language.Fi, "Hei")]
    [InlineData(Language.Sv, "Hej")]
    [InlineData(Language.Et, "Tere")]
    public void Html_writes_letters_as_characters_not_numeric_entities(Language language, string greeting)
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.VerificationRequested, language) with { RecipientName = "Åsa Öhman-Jääskeläinen" });

        Assert.Contains(greeting, mail.Html, StringComparison.Ordinal);
        Assert.Contains("Åsa Öhman-Jääskeläinen", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleMail.KindsInEveryLanguage), MemberType = typeof(SampleMail))]
    public void No_placeholder_is_left_unfilled(MailKind kind, Language language)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, language));

        Assert.DoesNotContain('{', mail.Subject + mail.Text);
        Assert.DoesNotContain('}', mail.Subject + mail.Text);
    }

    [Theory]
    [MemberData(nameof(SampleMail.KindsInEveryLanguage), MemberType = typeof(SampleMail))]
    public void Due_date_is_written_in_the_language_where_given(MailKind kind, Language language)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, language));

        Assert.Contains(SampleMail.DueDateAsWritten(language), mail.Text, StringComparison.Ordinal);
        Assert.Contains(SampleMail.DueDateAsWritten(language), mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleMail.PersonKinds), MemberType = typeof(SampleMail))]
    public void Person_mails_without_a_due_date_leave_the_date_sentence_out(MailKind kind)
    {
        var context = SampleMail.Context(kind, Language.En) with { DueDate = null };

        var mail = MailTemplates.Render(context);

        Assert.DoesNotContain("Due date:", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("by  at the latest", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleMail.PersonKinds), MemberType = typeof(SampleMail))]
    public void Every_person_mail_says_what_happens_next(MailKind kind)
    {
        foreach (var (language, heading) in new[] { (Language.Fi, "Mitä seuraavaksi tapahtuu"), (Language.Sv, "Vad händer härnäst"), (Language.En, "What happens next"), (Language.Et, "Mis edasi saab") })
        {
            var mail = MailTemplates.Render(SampleMail.Context(kind, language));

            var afterHeading = mail.Text[(mail.Text.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..];
            Assert.Contains(heading, mail.Text, StringComparison.Ordinal);
            Assert.True(afterHeading.Trim('\n', '-').Length > 40, $"{kind} in {language} has no words after '{heading}'.");
        }
    }

    [Theory]
    [MemberData(nameof(SampleMail.PersonKinds), MemberType = typeof(SampleMail))]
    public void Joint_controllers_are_all_named_in_person_mails(MailKind kind)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, Language.Fi, SampleMail.Clewer));

        foreach (var party in new[] { "Clewer Technology Oy (2372046-5), Linnankatu 34, 20100 Turku", "Clewer Oy", "Clewer Markkinointi Oy", "Clewer Logistics OÜ" })
        {
            Assert.Contains(party, mail.Text, StringComparison.Ordinal);
            Assert.Contains(party, mail.Html, StringComparison.Ordinal);
        }

        Assert.Contains("Yhteisrekisterinpitäjät", mail.Text, StringComparison.Ordinal);
        Assert.Contains("26 artikla", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_controller_is_named_without_the_joint_controller_text()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.Fi));

        Assert.Contains("Clerica Oy (1449135-7), Huhdintie 5, 03600 Karkkila", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Yhteisrekisterinpitäjät", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Greeting_uses_the_name_and_falls_back_when_there_is_none()
    {
        var named = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.Sv));
        var unnamed = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.Sv) with { RecipientName = "  " });

        Assert.StartsWith("Hej Anna Virtanen,\n", named.Text, StringComparison.Ordinal);
        Assert.StartsWith("Hej,\n", unnamed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledgement_in_finnish_reads_as_written()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.Fi));

        Assert.Equal($"Pyyntösi on vahvistettu ({SampleMail.Reference.Value})", mail.Subject);
        Assert.Contains("Kiitos, että vahvistit pyyntösi: tietojen tarkastaminen, tietosuoja-asetuksen 15 artikla.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("vastaamme ilman aiheetonta viivytystä, viimeistään 7.4.2025.", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_expiry_is_told_in_the_controllers_time_zone()
    {
        // 10:00 UTC on 12 March 2025 is 12:00 in Helsinki (EET, UTC+2; summer time starts 30 March).
        var winter = MailTemplates.Render(SampleMail.Context(MailKind.VerificationRequested, Language.Fi));
        var summer = MailTemplates.Render(SampleMail.Context(MailKind.VerificationRequested, Language.En) with
        {
            LinksExpireAt = new DateTimeOffset(2025, 6, 19, 21, 30, 0, TimeSpan.Zero),
        });

        Assert.Contains("Linkit toimivat 12.3.2025 klo 12.00 (UTC+2) asti.", winter.Text, StringComparison.Ordinal);
        Assert.Contains("The links work until 20 June 2025 at 00:30 (UTC+3).", summer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Estonian_readers_get_estonian()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.VerificationRequested, Language.Et, SampleMail.Clewer));

        Assert.Contains("<html lang=\"et\">", mail.Html, StringComparison.Ordinal);
        Assert.StartsWith("Tere, Anna Virtanen!", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Vastame hiljemalt 7.04.2025.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Kinnitan oma taotluse", mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailKind.Refusal)]
    [InlineData(MailKind.ExtensionNotice)]
    [InlineData(MailKind.StaffReviewRequested)]
    public void Estonian_letters_with_legal_consequences_and_staff_mails_are_in_estonian(MailKind kind)
    {
        var estonian = MailTemplates.Render(SampleMail.Context(kind, Language.Et));
        var english = MailTemplates.Render(SampleMail.Context(kind, Language.En));

        Assert.Contains("<html lang=\"et\">", estonian.Html, StringComparison.Ordinal);
        Assert.NotEqual(english.Text, estonian.Text);
        Assert.NotEqual(english.Subject, estonian.Subject);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var context = SampleMail.Context(MailKind.ActionCompleted, Language.Sv, SampleMail.Clewer);

        Assert.Equal(MailTemplates.Render(context), MailTemplates.Render(context), MailMessageComparer.Instance);
    }
}
