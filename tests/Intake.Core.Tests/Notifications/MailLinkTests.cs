using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Core.Tests.Notifications;

public sealed class MailLinkTests
{
    [Theory]
    [MemberData(nameof(SampleMail.Kinds), MemberType = typeof(SampleMail))]
    public void Allowed_links_are_buttons_in_html_and_full_urls_in_text(MailKind kind)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, Language.En));

        Assert.Equal(kind.AllowedLinks(), mail.Links.Select(link => link.Name));
        foreach (var link in mail.Links)
        {
            Assert.Contains($"{link.Label}:\n{link.Url.AbsoluteUri}\n", mail.Text, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{link.Url.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\" style=\"", mail.Html, StringComparison.Ordinal);
            Assert.Contains($">{link.Label}</a>", mail.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SampleMail.Kinds), MemberType = typeof(SampleMail))]
    public void Links_the_kind_does_not_name_never_appear(MailKind kind)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, Language.Fi));

        foreach (var (name, url) in SampleMail.AllLinks.Where(pair => !kind.AllowedLinks().Contains(pair.Key)))
        {
            Assert.DoesNotContain(url.AbsoluteUri, mail.Text, StringComparison.Ordinal);
            Assert.DoesNotContain($"/l/{name}?", mail.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SampleMail.PersonKinds), MemberType = typeof(SampleMail))]
    public void Person_mails_never_carry_staff_action_links(MailKind kind)
    {
        var mail = MailTemplates.Render(SampleMail.Context(kind, Language.Sv));

        Assert.DoesNotContain(mail.Links, link => link.Name is LinkNames.Approve or LinkNames.Reject or LinkNames.Extend or LinkNames.AskForInformation or LinkNames.Release or LinkNames.Retry);
    }

    [Fact]
    public void Staff_review_shows_only_the_links_it_was_given()
    {
        var context = SampleMail.Context(MailKind.StaffReviewRequested, Language.Fi) with
        {
            Links = new Dictionary<string, Uri>
            {
                [LinkNames.Approve] = new("https://intake.example/a/approve"),
                [LinkNames.Reject] = new("https://intake.example/a/reject"),
            },
        };

        var mail = MailTemplates.Render(context);

        Assert.Equal([LinkNames.Approve, LinkNames.Reject], mail.Links.Select(link => link.Name));
        Assert.Equal(["Hyväksy", "Hylkää"], mail.Links.Select(link => link.Label));
        Assert.DoesNotContain("Pidennä määräaikaa</a>", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_review_lists_the_review_reasons_and_what_the_person_wrote()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.StaffReviewRequested, Language.En));

        Assert.Contains("Why this needs a person", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Second request within 12 months\n- Sensitive data: salary\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<li>Sensitive data: salary</li>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("> Please remove me from everything.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Email: anna.virtanen@example.fi", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Days left: 5", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_escalation_counts_the_days_overdue()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.OverdueEscalation, Language.Fi));

        Assert.Contains("Päiviä myöhässä: 3", mail.Text, StringComparison.Ordinal);
        Assert.Contains("määräpäivä oli 7.4.2025", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://intake.example/x")]
    public void A_link_that_is_not_http_is_refused(string url)
    {
        var context = SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with
        {
            Links = new Dictionary<string, Uri> { [LinkNames.Status] = new(url) },
        };

        Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
    }

    [Fact]
    public void A_verification_mail_without_its_link_is_refused()
    {
        var context = SampleMail.Context(MailKind.VerificationRequested, Language.En) with { Links = new Dictionary<string, Uri>() };

        Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
    }
}
