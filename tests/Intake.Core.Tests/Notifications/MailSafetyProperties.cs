using FsCheck.Xunit;
using FsCheck;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Core.Tests.Notifications;

public sealed class MailSafetyProperties
{
    private const string NeutralName = "Anna Virtanen";

    [Property(MaxTest = 300)]
    public bool Html_never_contains_a_name_with_markup_unescaped(NonNull<string> before, NonNull<string> after, MailKind kind, Language language)
    {
        var name = before.Get + "<" + after.Get;
        var neutral = Render(kind, language, NeutralName).Html;

        // The html is cut at each escaped name first: "/&lt;/" followed by our own "</td>" spells
        // "/</" without anything unescaped. (Cutting, not replacing with a marker: a name made of
        // the marker and "<" once matched the marker followed by our own tag.) Where the name is a
        // piece of our own markup ("<p"), finding it says nothing; otherwise it must be absent.
        var pieces = Render(kind, language, name).Html.Split(Escaped(name), StringSplitOptions.None);
        return neutral.Contains(name, StringComparison.Ordinal) || !pieces.Any(piece => piece.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_of_a_control_character_and_a_bracket_is_judged_by_its_escaped_form() =>
        // The case that once failed the property above for a reason in the test, not in the mail.
        Assert.True(Html_never_contains_a_name_with_markup_unescaped(NonNull<string>.NewNonNull("\u0001"), NonNull<string>.NewNonNull(""), MailKind.ContactForStaff, Language.En));

    [Fact]
    public void A_name_that_ends_beside_a_closing_tag_is_shown_escaped()
    {
        // Found by the property above: "/</" next to "</td>" looked unescaped when it was not.
        var html = Render(MailKind.DueReminder, Language.Sv, "/</").Html;

        Assert.Contains(">/&lt;/</td>", html, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool A_name_never_adds_markup(NonNull<string> rest, MailKind kind)
    {
        // A visible first letter keeps every section that shows the name present, so only
        // markup the name itself could add would change the count of tags.
        var html = Render(kind, Language.Fi, "N" + rest.Get).Html;
        var neutral = Render(kind, Language.Fi, NeutralName).Html;

        return html.Count(c => c == '<') == neutral.Count(c => c == '<');
    }

    [Property(MaxTest = 300)]
    public bool Subject_is_one_capped_line_for_any_name(NonNull<string> name, MailKind kind)
    {
        var subject = Render(kind, Language.Sv, name.Get).Subject;

        return subject.Length <= SingleLine.SubjectLength && !subject.Any(char.IsControl);
    }

    [Property(MaxTest = 500)]
    public bool To_is_either_refused_or_one_plain_address(NonNull<string> to)
    {
        try
        {
            var mail = MailTemplates.Render(SampleMail.Context(MailKind.RequestAcknowledged, Language.En) with { To = to.Get });
            return mail.To.Count(c => c == '@') == 1
                && !mail.To.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>');
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>The five-character escaping HTML needs, written out here so the test does not trust the code it checks.</summary>
    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);

    private static MailMessage Render(MailKind kind, Language language, string name) =>
        MailTemplates.Render(SampleMail.Context(kind, language) with
        {
            RecipientName = name,
            Person = new DataSubject(name, "anna.virtanen@example.fi"),
            Details = new RequestDetails(Text: name, CorrectValue: name),
            SourceName = name,
        });
}
