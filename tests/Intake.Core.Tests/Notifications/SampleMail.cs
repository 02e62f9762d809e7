using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Notifications;

/// <summary>The two seed controllers and a mail context filled for any kind.</summary>
internal static class SampleMail
{
    public static readonly SupervisoryAuthority FinnishOmbudsman = new(
        "Tietosuojavaltuutetun toimisto",
        "PL 800, 00531 Helsinki",
        "029 566 6700",
        "tietosuoja@om.fi",
        "tietosuoja.fi");

    public static readonly Controller Clerica = new(
        new ControllerId("clerica"),
        [new ControllerParty("Clerica Oy", "1449135-7", "Huhdintie 5, 03600 Karkkila", "FI", null)],
        "tietosuoja@clerica.example",
        "https://clerica.example/tietosuoja",
        "Europe/Helsinki",
        "FI",
        FinnishOmbudsman);

    public static readonly Controller Clewer = new(
        new ControllerId("clewer"),
        [
            new ControllerParty("Clewer Technology Oy", "2372046-5", "Linnankatu 34, 20100 Turku", "FI", "info@clewer.example"),
            new ControllerParty("Clewer Oy", null, null, "FI", null),
            new ControllerParty("Clewer Markkinointi Oy", null, null, "FI", null),
            new ControllerParty("Clewer Logistics OÜ", null, null, "EE", null),
        ],
        "info@clewer.example",
        null,
        "Europe/Helsinki",
        "FI",
        FinnishOmbudsman);

    /// <summary>R-… from fixed bytes, so failures are reproducible.</summary>
    public static readonly RequestId Reference = RequestId.FromRandomBytes([0x3A, 0x91, 0x07, 0xC4, 0x5E, 0x22, 0xD8]);

    /// <summary>Received Wednesday 5 March 2025; 5 April is a Saturday, so the month ends Monday 7 April.</summary>
    public static readonly DateOnly DueDate = new(2025, 4, 7);

    /// <summary>Three months from 5 March 2025: Thursday 5 June 2025.</summary>
    public static readonly DateOnly ExtendedDueDate = new(2025, 6, 5);

    public static IReadOnlyDictionary<string, Uri> AllLinks { get; } = typeof(LinkNames)
        .GetFields()
        .Select(field => (string)field.GetValue(null)!)
        .ToDictionary(name => name, name => new Uri($"https://intake.example/l/{name}?t=Zm9v&v=1"));

    public static MailContext Context(MailKind kind, Language language, Controller? controller = null) =>
        new(kind, language, Reference, TypeFor(kind), controller ?? Clerica, "anna.virtanen@example.fi", "Anna Virtanen", AllLinks)
        {
            DueDate = DueDate,
            ExtendedDueDate = kind == MailKind.ExtensionNotice ? ExtendedDueDate : null,
            Reason = kind is MailKind.ExtensionNotice or MailKind.Refusal or MailKind.StaffReviewRequested
                ? "The request covers twelve systems, four of them archived."
                : null,
            Question = kind is MailKind.InformationRequested or MailKind.StaffReviewRequested
                ? "Which customer number did you use between 2019 and 2021?"
                : null,
            LinksExpireAt = new DateTimeOffset(2025, 3, 12, 10, 0, 0, TimeSpan.Zero),
            DaysLeft = kind == MailKind.OverdueEscalation ? -3 : 5,
            Receipts = kind == MailKind.ActionCompleted ? ErasureReceipts : [],
            RecipientsNotified = kind == MailKind.ActionCompleted ? ["Posti Oy", "Mainostoimisto Esimerkki Oy"] : [],
            ReviewReasons = kind == MailKind.StaffReviewRequested ? ["Second request within 12 months", "Sensitive data: salary"] : [],
            ErrorText = kind is MailKind.SourceFailed or MailKind.ProcessError ? "HTTP 503 from webshop after 5 attempts" : null,
            SourceName = kind is MailKind.SourceFailed or MailKind.ManualTaskRequested ? "Webshop" : null,
            Details = new RequestDetails(Text: "Please remove me from everything.", WrongValue: "Mannerheimintie 1", CorrectValue: "Mannerheimintie 10"),
            Person = new DataSubject("Anna Virtanen", "anna.virtanen@example.fi", "C-1042"),
        };

    public static IReadOnlyList<SourceReceipt> ErasureReceipts { get; } =
    [
        new SourceReceipt("crm", SourceAction.Erase, SourceOutcome.Applied, 3, 3, [], null, "evidence/crm.json", new DateTimeOffset(2025, 3, 20, 9, 0, 0, TimeSpan.Zero)),
        new SourceReceipt(
            "webshop",
            SourceAction.Erase,
            SourceOutcome.PartlyKept,
            5,
            2,
            [new KeptData("invoices", 3, "Accounting Act 1336/1997 ch. 2 § 10; GDPR Art 17(3)(b)", new DateOnly(2031, 12, 31))],
            "Invoices restricted",
            "evidence/webshop.json",
            new DateTimeOffset(2025, 3, 20, 9, 5, 0, TimeSpan.Zero)),
    ];

    public static RequestType TypeFor(MailKind kind) => kind switch
    {
        MailKind.ActionCompleted or MailKind.RecipientNotice => RequestType.Erasure,
        MailKind.ContactReceived or MailKind.ContactForStaff => RequestType.Contact,
        _ => RequestType.Access,
    };

    public static IEnumerable<object[]> KindsInEveryLanguage() =>
        from kind in Enum.GetValues<MailKind>()
        from language in Enum.GetValues<Language>()
        select new object[] { kind, language };

    public static IEnumerable<object[]> Kinds() => Enum.GetValues<MailKind>().Select(kind => new object[] { kind });

    public static IEnumerable<object[]> PersonKinds() =>
        Enum.GetValues<MailKind>().Where(kind => kind.Audience() == MailAudience.Person).Select(kind => new object[] { kind });

    /// <summary>How each language writes <see cref="DueDate"/>.</summary>
    public static string DueDateAsWritten(Language language) => language switch
    {
        Language.En => "7 April 2025",
        Language.Et => "7.04.2025",
        _ => "7.4.2025",
    };
}
