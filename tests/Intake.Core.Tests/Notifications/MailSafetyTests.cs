using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Core.Tests.Notifications;

/// <summary>Values typed by a person can neither add markup nor fold a header.</summary>
public sealed class MailSafetyTests
{
    private const string ScriptName = "<script>alert('x')</script> & Co";

    [Theory]
    [MemberData(nameof(SampleMail.KindsInEveryLanguage), MemberType = typeof(SampleMail))]
    public void A_name_with_a_script_tag_is_encoded_in_html(MailKind kind, Language language)
    {
        var context = SampleMail.Context(kind, language) with
        {
            RecipientName = ScriptName,
            Person = new DataSubject(ScriptName, "anna.virtanen@example.fi"),
            Details = new RequestDetails(Text: ScriptName, WrongValue: ScriptName, ParticularSituation: ScriptName),
        };

        var mail = MailTemplates.Render(context);

        Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co", mail.Html, StringComparison.Ordinal);
        Assert.Contains(ScriptName, mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleMail.Kinds), MemberType = typeof(SampleMail))]
    public void A_name_with_line_breaks_never_reaches_the_subject_with_them(MailKind kind)
    {
        const string folded = "Eve\r\nBcc: victim@example.org\r\n\r\nHi";
        var context = SampleMail.Context(kind, Language.En) with
        {
            RecipientName = folded,
            Person = new DataSubject(folded, "eve@example.org"),
            SourceName = "Webshop\nX-Injected: 1",
        };

        var mail = MailTemplates.Render(context);

        Assert.DoesNotContain('\r', mail.Subject);
        Assert.DoesNotContain('\n', mail.Subject);
    }

    [Fact]
    public void A_folded_name_is_one_line_in_the_staff_subject()
    {
        var context = SampleMail.Context(MailKind.ContactForStaff, Language.En) with
        {
            Person = new DataSubject("Eve\r\nBcc: victim@example.org", "eve@example.org"),
        };

        var mail = MailTemplates.Render(context);

        Assert.Equal($"Contact message {SampleMail.Reference.Value}: Eve Bcc: victim@example.org", mail.Subject);
    }

    [Fact]
    public void A_long_name_is_cut_in_the_subject()
    {
        var context = SampleMail.Context(MailKind.ContactForStaff, Language.Fi) with
        {
            Person = new DataSubject(new string('A', 500), "a@example.org"),
        };

        var mail = MailTemplates.Render(context);

        Assert.True(mail.Subject.Length <= SingleLine.SubjectLength);
        Assert.EndsWith("…", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(new string('A', 500), mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_typed_as_a_placeholder_stays_literal()
    {
        var context = SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with { RecipientName = "{due}" };

        var mail = MailTemplates.Render(context);

        Assert.StartsWith("Hello {due},\n", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_cannot_forge_paragraphs_in_the_greeting()
    {
        var context = SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with { RecipientName = "Anna\n\nYour request was refused." };

        var mail = MailTemplates.Render(context);

        Assert.StartsWith("Hello Anna Your request was refused.,\n", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anna@example.fi\r\nBcc: eve@example.org")]
    [InlineData("anna@example.fi\nBcc: eve@example.org")]
    [InlineData("anna@example.fi, eve@example.org")]
    [InlineData("anna@example.fi;eve@example.org")]
    [InlineData("Anna <anna@example.fi>")]
    [InlineData("<anna@example.fi>")]
    [InlineData("anna@example.fi>")]
    [InlineData("anna example.fi")]
    [InlineData("anna@@example.fi")]
    [InlineData("anna@example")]
    [InlineData("@example.fi")]
    [InlineData("anna@")]
    [InlineData("")]
    [InlineData("   ")]
    public void To_must_be_one_plain_address(string to)
    {
        var context = SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with { To = to };

        Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
    }

    [Theory]
    [InlineData("anna.virtanen@example.fi")]
    [InlineData("Anna.Virtanen+dsr@sub.example.co.uk")]
    [InlineData("  anna@example.fi  ")]
    public void A_plain_address_is_accepted_and_trimmed(string to)
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with { To = to });

        Assert.Equal(to.Trim(), mail.To);
    }

    [Fact]
    public void Single_line_drops_unicode_line_separators_and_bidi_controls()
    {
        Assert.Equal("a b c", SingleLine.Normalize("a\u2028b\u0085c\u202E", 50));
    }

    [Fact]
    public void Single_line_does_not_split_a_surrogate_pair_when_cutting()
    {
        var cut = SingleLine.Normalize("ab\U0001F600cd", 4);

        Assert.Equal("ab…", cut);
    }
}
