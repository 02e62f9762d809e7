using System.Globalization;
using Intake.Core.DataControllers;
using Intake.Core.Notifications.Texts;
using Intake.Core.Requests;

namespace Intake.Core.Notifications.Layout;

/// <summary>
/// Lays out one mail: which sections each kind has and in what order. Language-neutral: every
/// word comes from a <see cref="MailTexts"/> table, every value from <see cref="MailValues"/>.
/// </summary>
public static class MailDocuments
{
    private const int FactValueLength = 500;
    private const int NoteLength = 300;

    /// <summary>
    /// Composes one mail. Values a person typed stay plain strings here (the drawings encode
    /// them) and are reduced to one capped line in the subject. Only the links
    /// <see cref="MailKindFacts.AllowedLinks"/> names for the kind are shown.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <see cref="MailContext.To"/> is not one plain address; a link is not an absolute http(s)
    /// URL; or the kind lacks what the law or its purpose requires (reasons for an extension or
    /// refusal, the new due date, the question, the verify or download link, the person in an
    /// Art 19 notice).
    /// </exception>
    public static MailDocument Compose(MailContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var to = RecipientAddress.Require(context.To, nameof(context));
        MailRequirements.Check(context);

        var texts = MailTextCatalog.For(context.Language);
        var links = new List<MailLink>();
        foreach (var name in context.Kind.AllowedLinks())
        {
            if (context.Links.TryGetValue(name, out var url))
            {
                links.Add(new MailLink(name, texts.LinkLabels[name], url));
            }
        }

        return Compose(context, texts, links) with { To = to, Reference = context.Reference, Kind = context.Kind };
    }

    private static MailDocument Compose(MailContext context, MailTexts texts, IReadOnlyList<MailLink> links)
    {
        var kind = texts.Kinds[context.Kind];
        var values = new MailValues(context, texts);
        var audience = context.Kind.Audience();
        var blocks = new List<MailBlock>();

        blocks.Add(new ParagraphBlock(TextTemplate.Fill(texts.Greeting, values.Body) ?? texts.GreetingWithoutName));
        AddParagraphs(blocks, Body(kind, context.Type), values);

        switch (audience)
        {
            case MailAudience.Person or MailAudience.DataSubject:
                AddPersonSections(blocks, context, texts, values);
                break;
            case MailAudience.Staff:
                AddStaffSections(blocks, context, texts);
                break;
            case MailAudience.Recipient:
                AddPersonOnRecord(blocks, context.Person, texts);
                AddCorrection(blocks, context.Details, texts);
                break;
        }

        if (links.Count > 0)
        {
            blocks.Add(new LinksBlock(links));
            AddParagraphs(blocks, [texts.LinksExpire], values);
        }

        if (kind.Next.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.NextHeading));
            AddParagraphs(blocks, kind.Next, values);
        }

        blocks.Add(new FactsBlock(Facts(context, texts, values, audience)));

        if (audience != MailAudience.Staff)
        {
            AddControllers(blocks, context.Controller, texts);
            blocks.Add(new ParagraphBlock($"{texts.Closing}\n{context.Controller.Primary.Name}"));
            AddParagraphs(blocks, [texts.ContactLine], values);
        }

        var subject = SingleLine.Normalize(TextTemplate.Fill(kind.Subject, values.Subject), SingleLine.SubjectLength)
            .TrimEnd(' ', ':', '–', '-');
        return new MailDocument(string.Empty, texts.Language, subject, blocks, links);
    }

    private static IEnumerable<string> Body(KindText kind, RequestType type)
    {
        for (var i = 0; i < kind.Body.Count; i++)
        {
            yield return kind.Body[i];
            if (i == 0 && kind.ByType.TryGetValue(type, out var byType))
            {
                yield return byType;
            }
        }
    }

    /// <summary>Adds each paragraph whose values are all known; the rest are left out on purpose.</summary>
    private static void AddParagraphs(List<MailBlock> blocks, IEnumerable<string> templates, MailValues values)
    {
        foreach (var template in templates)
        {
            if (TextTemplate.Fill(template, values.Body) is { } paragraph)
            {
                blocks.Add(new ParagraphBlock(paragraph));
            }
        }
    }

    private static void AddPersonSections(List<MailBlock> blocks, MailContext context, MailTexts texts, MailValues values)
    {
        switch (context.Kind)
        {
            case MailKind.InformationRequested:
                AddQuote(blocks, texts.QuestionHeading, context.Question);
                break;
            case MailKind.ExtensionNotice:
                AddQuote(blocks, texts.ReasonsHeading, context.Reason);
                break;
            case MailKind.Refusal:
                AddQuote(blocks, texts.ReasonsHeading, context.Reason);
                AddRights(blocks, context.Controller.Authority, texts);
                break;
            case MailKind.ActionCompleted:
                AddQuote(blocks, texts.NoteHeading, context.Reason);
                AddReceipts(blocks, context, texts, values);
                break;
            default:
                AddQuote(blocks, texts.NoteHeading, context.Reason);
                break;
        }
    }

    /// <summary>Art 12(4) and Art 77–79: where to complain, with every contact detail configured, and the courts.</summary>
    private static void AddRights(List<MailBlock> blocks, SupervisoryAuthority authority, MailTexts texts)
    {
        blocks.Add(new HeadingBlock(texts.RightsHeading));
        blocks.Add(new ParagraphBlock(texts.ComplaintText));
        var lines = new List<string> { authority.Name, authority.Address };
        if (!string.IsNullOrWhiteSpace(authority.Phone))
        {
            lines.Add($"{texts.PhoneLabel}: {authority.Phone}");
        }

        lines.Add($"{texts.EmailLabel}: {authority.Email}");
        if (!string.IsNullOrWhiteSpace(authority.Website))
        {
            lines.Add($"{texts.WebsiteLabel}: {authority.Website}");
        }

        blocks.Add(new ListBlock(lines));
        blocks.Add(new ParagraphBlock(texts.JudicialRemedyText));
    }

    /// <summary>The completion letter: what each source did, what is kept and on which ground, and who was told (Art 19).</summary>
    private static void AddReceipts(List<MailBlock> blocks, MailContext context, MailTexts texts, MailValues values)
    {
        if (context.Receipts.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.ReceiptsHeading));
            blocks.Add(new ListBlock(context.Receipts.Select(receipt =>
            {
                var outcome = TextTemplate.Fill(texts.Outcomes[receipt.Outcome], name => name switch
                {
                    "found" => receipt.RowsFound.ToString(CultureInfo.InvariantCulture),
                    "affected" => receipt.RowsAffected.ToString(CultureInfo.InvariantCulture),
                    _ => throw new InvalidOperationException($"An outcome text names an unknown value {{{name}}}."),
                });
                var note = SingleLine.Normalize(receipt.Note, NoteLength);
                return note.Length == 0 ? $"{receipt.SourceId}: {outcome}" : $"{receipt.SourceId}: {outcome} – {note}";
            }).ToList()));
        }

        var kept = context.Receipts.SelectMany(receipt => receipt.Kept.Select(item => (receipt.SourceId, item))).ToList();
        if (kept.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.KeptHeading));
            blocks.Add(new ListBlock(kept.Select(entry =>
            {
                var line = TextTemplate.Fill(texts.KeptLine, name => name switch
                {
                    "source" => entry.SourceId,
                    "category" => entry.item.Category,
                    "rows" => entry.item.Rows.ToString(CultureInfo.InvariantCulture),
                    "ground" => entry.item.Ground,
                    _ => throw new InvalidOperationException($"A kept-data text names an unknown value {{{name}}}."),
                })!;
                return entry.item.KeptUntil is { } until
                    ? $"{line}; {TextTemplate.Fill(texts.KeptUntil, name => name == "until" ? values.Date(until) : throw new InvalidOperationException($"Unknown value {{{name}}}."))}"
                    : line;
            }).ToList()));
        }

        if (context.RecipientsNotified.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.RecipientsHeading));
            blocks.Add(new ListBlock(context.RecipientsNotified.Select(name => SingleLine.Normalize(name, FactValueLength)).ToList()));
        }
        else if (context.Type.NotifiesRecipients())
        {
            blocks.Add(new HeadingBlock(texts.RecipientsHeading));
            blocks.Add(new ParagraphBlock(texts.NoRecipients));
        }
    }

    private static void AddStaffSections(List<MailBlock> blocks, MailContext context, MailTexts texts)
    {
        if (context.ReviewReasons.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.ReviewReasonsHeading));
            blocks.Add(new ListBlock(context.ReviewReasons.Select(reason => SingleLine.Normalize(reason, FactValueLength)).ToList()));
        }

        AddQuote(blocks, texts.NoteHeading, context.Reason);
        AddPersonOnRecord(blocks, context.Person, texts, context.ConfirmedIdentifiers);
        AddAgent(blocks, context.Agent, texts);
        AddWhatThePersonWrote(blocks, context.Details, texts);
        AddQuote(blocks, texts.AnswerHeading, context.Question);
        AddQuote(blocks, texts.ErrorHeading, context.ErrorText);
    }

    private static void AddPersonOnRecord(List<MailBlock> blocks, DataSubject? person, MailTexts texts, IReadOnlyCollection<IdentifierKind>? confirmed = null)
    {
        if (person is not null)
        {
            AddFacts(
                blocks,
                texts.PersonHeading,
                (texts.NameLabel, person.Name),
                (texts.EmailLabel, person.Email),
                (texts.CustomerNumberLabel, Stated(person.CustomerNumber, IdentifierKind.CustomerNumber, confirmed, texts)),
                (texts.PhoneLabel, Stated(person.Phone, IdentifierKind.Phone, confirmed, texts)));
        }
    }

    /// <summary>A stated identifier as staff read it: marked when it is the person's word only.</summary>
    private static string? Stated(string? value, IdentifierKind kind, IReadOnlyCollection<IdentifierKind>? confirmed, MailTexts texts) =>
        string.IsNullOrWhiteSpace(value) || confirmed is null || confirmed.Contains(kind)
            ? value
            : $"{SingleLine.Normalize(value, FactValueLength)} ({texts.UnverifiedNotUsed})";

    private static void AddAgent(List<MailBlock> blocks, Agent? agent, MailTexts texts)
    {
        if (agent is not null)
        {
            AddFacts(blocks, texts.AgentHeading, (texts.NameLabel, agent.Name), (texts.EmailLabel, agent.Email));
        }
    }

    private static void AddWhatThePersonWrote(List<MailBlock> blocks, RequestDetails? details, MailTexts texts)
    {
        if (details is null)
        {
            return;
        }

        var written = new List<MailBlock>();
        if (!string.IsNullOrWhiteSpace(details.Text))
        {
            written.Add(new QuoteBlock(details.Text.Trim()));
        }

        AddFacts(
            written,
            heading: null,
            (texts.WrongValueLabel, details.WrongValue),
            (texts.CorrectValueLabel, details.CorrectValue),
            (texts.IndustryLabel, details.Industry),
            (texts.ServicesLabel, details.ServicesOfInterest));

        if (!string.IsNullOrWhiteSpace(details.ParticularSituation))
        {
            written.Add(new ParagraphBlock(texts.ParticularSituationLabel));
            written.Add(new QuoteBlock(details.ParticularSituation.Trim()));
        }

        if (written.Count > 0)
        {
            blocks.Add(new HeadingBlock(texts.PersonWroteHeading));
            blocks.AddRange(written);
        }
    }

    /// <summary>For an Art 19 notice of a rectification: the wrong and the correct value, so the recipient can fix its copy.</summary>
    private static void AddCorrection(List<MailBlock> blocks, RequestDetails? details, MailTexts texts)
    {
        if (details is not null)
        {
            AddFacts(blocks, heading: null, (texts.WrongValueLabel, details.WrongValue), (texts.CorrectValueLabel, details.CorrectValue));
        }
    }

    /// <summary>Adds the facts that have a value, under <paramref name="heading"/>; nothing at all when none has.</summary>
    private static void AddFacts(List<MailBlock> blocks, string? heading, params (string Label, string? Value)[] facts)
    {
        var rows = new List<KeyValuePair<string, string>>();
        foreach (var (label, value) in facts)
        {
            AddFact(rows, label, value);
        }

        if (rows.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            blocks.Add(new HeadingBlock(heading));
        }

        blocks.Add(new FactsBlock(rows));
    }

    private static void AddQuote(List<MailBlock> blocks, string heading, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(new HeadingBlock(heading));
            blocks.Add(new QuoteBlock(text.Trim()));
        }
    }

    private static List<KeyValuePair<string, string>> Facts(MailContext context, MailTexts texts, MailValues values, MailAudience audience)
    {
        var rows = new List<KeyValuePair<string, string>>
        {
            new(texts.ReferenceLabel, context.Reference.Value),
            new(texts.RequestLabel, values.TypeWithCitation),
        };

        if (context.DueDate is { } due)
        {
            rows.Add(new(texts.DueDateLabel, values.Date(due)));
        }

        if (context.ExtendedDueDate is { } extended)
        {
            rows.Add(new(texts.ExtendedDueDateLabel, values.Date(extended)));
        }

        if (audience == MailAudience.Staff)
        {
            if (context.DaysLeft is { } days)
            {
                rows.Add(days >= 0
                    ? new(texts.DaysLeftLabel, days.ToString(CultureInfo.InvariantCulture))
                    : new(texts.DaysOverdueLabel, (-days).ToString(CultureInfo.InvariantCulture)));
            }

            AddFact(rows, texts.SourceLabel, context.SourceName);
            rows.Add(new(context.Controller.HasJointControllers ? texts.JointControllersHeading : texts.ControllerHeading,
                string.Join(", ", context.Controller.Parties.Select(party => party.Name))));
        }

        return rows;
    }

    /// <summary>Names the controller, or every joint controller with the Art 26(3) promise that any of them answers.</summary>
    private static void AddControllers(List<MailBlock> blocks, Controller controller, MailTexts texts)
    {
        var parties = controller.Parties.Select(Describe).ToList();
        if (controller.HasJointControllers)
        {
            blocks.Add(new HeadingBlock(texts.JointControllersHeading));
            blocks.Add(new ParagraphBlock(texts.JointControllersText));
            blocks.Add(new ListBlock(parties));
        }
        else
        {
            blocks.Add(new HeadingBlock(texts.ControllerHeading));
            blocks.Add(new ParagraphBlock(parties[0]));
        }
    }

    private static string Describe(ControllerParty party)
    {
        var name = string.IsNullOrWhiteSpace(party.BusinessId) ? party.Name : $"{party.Name} ({party.BusinessId})";
        return string.IsNullOrWhiteSpace(party.Address) ? name : $"{name}, {party.Address}";
    }

    private static void AddFact(List<KeyValuePair<string, string>> rows, string label, string? value)
    {
        var line = SingleLine.Normalize(value, FactValueLength);
        if (line.Length > 0)
        {
            rows.Add(new(label, line));
        }
    }
}
