using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Core.Tests.Notifications;

/// <summary>What Art 12(3), 12(4), 17(3) and 19 require the letters to say.</summary>
public sealed class LegalLetterTests
{
    [Theory]
    [InlineData(Language.Fi, "Uusi määräpäivä on 5.6.2025.", "Alkuperäinen määräpäivä oli 7.4.2025.", "12 artiklan 3 kohta")]
    [InlineData(Language.Sv, "Den nya sista dagen för vårt svar är 5.6.2025.", "Den ursprungliga sista dagen var 7.4.2025.", "artikel 12.3")]
    [InlineData(Language.En, "Our new due date is 5 June 2025.", "The original due date was 7 April 2025.", "Art 12(3)")]
    public void Extension_notice_gives_the_reasons_and_the_new_date(Language language, string newDate, string oldDate, string article)
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.ExtensionNotice, language));

        Assert.Contains(newDate, mail.Text, StringComparison.Ordinal);
        Assert.Contains(oldDate, mail.Text, StringComparison.Ordinal);
        Assert.Contains(article, mail.Text, StringComparison.Ordinal);
        Assert.Contains("> The request covers twelve systems, four of them archived.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("The request covers twelve systems, four of them archived.</blockquote>", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_notice_without_reasons_is_not_sent()
    {
        var context = SampleMail.Context(MailKind.ExtensionNotice, Language.Fi) with { Reason = " " };

        var error = Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
        Assert.Contains("Art 12(3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_notice_without_the_new_date_is_not_sent()
    {
        var context = SampleMail.Context(MailKind.ExtensionNotice, Language.Fi) with { ExtendedDueDate = null };

        Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
    }

    [Theory]
    [InlineData(Language.Fi, "valvontaviranomaiselle", "79 artikla", "Sähköposti: tietosuoja@om.fi", "Verkkosivut: tietosuoja.fi", "Puhelin: 029 566 6700")]
    [InlineData(Language.Sv, "tillsynsmyndighet", "artikel 79", "E-post: tietosuoja@om.fi", "Webbplats: tietosuoja.fi", "Telefon: 029 566 6700")]
    [InlineData(Language.En, "supervisory authority", "Art 79", "Email: tietosuoja@om.fi", "Web: tietosuoja.fi", "Phone: 029 566 6700")]
    public void Refusal_gives_reasons_the_authority_and_the_right_to_a_judicial_remedy(
        Language language, string complaint, string court, string email, string web, string phone)
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.Refusal, language));

        Assert.Contains("> The request covers twelve systems, four of them archived.", mail.Text, StringComparison.Ordinal);
        Assert.Contains(complaint, mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Tietosuojavaltuutetun toimisto", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- PL 800, 00531 Helsinki", mail.Text, StringComparison.Ordinal);
        Assert.Contains(email, mail.Text, StringComparison.Ordinal);
        Assert.Contains(web, mail.Text, StringComparison.Ordinal);
        Assert.Contains(phone, mail.Text, StringComparison.Ordinal);
        Assert.Contains(court, mail.Text, StringComparison.Ordinal);
        Assert.Contains("<li>Tietosuojavaltuutetun toimisto</li>", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_names_the_estonian_inspectorate_when_it_is_the_authority()
    {
        var estonian = SampleMail.Clewer with
        {
            Authority = new("Andmekaitse Inspektsioon", "Tatari 39, 10134 Tallinn", null, "info@aki.ee", null),
            TimeZoneId = "Europe/Tallinn",
        };

        var mail = MailTemplates.Render(SampleMail.Context(MailKind.Refusal, Language.En, estonian));

        Assert.Contains("- Andmekaitse Inspektsioon\n- Tatari 39, 10134 Tallinn\n- Email: info@aki.ee\n", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone:", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_without_reasons_is_not_sent()
    {
        var context = SampleMail.Context(MailKind.Refusal, Language.Sv) with { Reason = null };

        var error = Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
        Assert.Contains("Art 12(4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_letter_lists_each_source_the_data_kept_with_its_ground_and_the_recipients_told()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.ActionCompleted, Language.En));

        Assert.Contains("- crm: records found: 3; done: 3\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- webshop: records found: 5; done: 2; the rest are kept (see below) – Invoices restricted\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- webshop: invoices (records: 3) – legal ground: Accounting Act 1336/1997 ch. 2 § 10; GDPR Art 17(3)(b); kept until 31 December 2031\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Recipients we told about the change (GDPR Art 19)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Posti Oy\n- Mainostoimisto Esimerkki Oy\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("except data the law obliges us to keep", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_letter_in_finnish_states_the_ground_and_end_of_retention()
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.ActionCompleted, Language.Fi));

        Assert.Contains("webshop: invoices (tietueita: 3) – oikeusperuste: Accounting Act 1336/1997 ch. 2 § 10; GDPR Art 17(3)(b); säilytetään 31.12.2031 asti", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Posti Oy", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_letter_for_an_erasure_nobody_received_says_no_recipient_needed_telling()
    {
        var context = SampleMail.Context(MailKind.ActionCompleted, Language.Sv) with { RecipientsNotified = [] };

        var mail = MailTemplates.Render(context);

        Assert.Contains("Vi hade inte lämnat ut dessa uppgifter till någon mottagare som skulle behöva underrättas.", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_letter_for_a_marketing_objection_does_not_mention_art_19()
    {
        var context = SampleMail.Context(MailKind.ActionCompleted, Language.En) with
        {
            Type = RequestType.ObjectionToDirectMarketing,
            Receipts = [],
            RecipientsNotified = [],
        };

        var mail = MailTemplates.Render(context);

        Assert.Contains("suppression list", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Art 19", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RequestType.Access, "Art 15(4)")]
    [InlineData(RequestType.Portability, "JSON and CSV")]
    public void Response_ready_explains_what_the_export_holds(RequestType type, string expected)
    {
        var mail = MailTemplates.Render(SampleMail.Context(MailKind.ResponseReady, Language.En) with { Type = type });

        Assert.Contains(expected, mail.Text, StringComparison.Ordinal);
        Assert.Contains("Download my data:\nhttps://intake.example/l/download?t=Zm9v&v=1\n", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_notice_names_the_person_and_the_corrected_value()
    {
        var context = SampleMail.Context(MailKind.RecipientNotice, Language.Fi) with
        {
            Type = RequestType.Rectification,
            To = "tietosuoja@posti.example",
            RecipientName = "Posti Oy",
        };

        var mail = MailTemplates.Render(context);

        Assert.Contains("19 artiklan", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Nimi: Anna Virtanen", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Sähköposti: anna.virtanen@example.fi", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Virheellinen tieto: Mannerheimintie 1\n", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Oikea tieto: Mannerheimintie 10\n", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Please remove me from everything.", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_notice_without_the_person_is_not_sent()
    {
        var context = SampleMail.Context(MailKind.RecipientNotice, Language.En) with { Person = null };

        Assert.Throws<ArgumentException>(() => MailTemplates.Render(context));
    }
}
