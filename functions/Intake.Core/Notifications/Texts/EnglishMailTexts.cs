using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>The mails in English: for everyone who writes in none of Finnish, Swedish and Estonian.</summary>
internal static class EnglishMailTexts
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static MailTexts Texts { get; } = new()
    {
        Language = Language.En,
        FormatDate = date => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}"),
        FormatDateTime = time => string.Create(CultureInfo.InvariantCulture, $"{time.Day} {MonthNames[time.Month - 1]} {time.Year} at {time:HH:mm}"),
        Greeting = "Hello {name},",
        GreetingWithoutName = "Hello,",
        Closing = "Kind regards",
        ContactLine = "For any question about your personal data, write to {contact}.",
        ReferenceLabel = "Reference",
        RequestLabel = "Request",
        DueDateLabel = "Due date",
        ExtendedDueDateLabel = "Extended due date",
        DaysLeftLabel = "Days left",
        DaysOverdueLabel = "Days overdue",
        NextHeading = "What happens next",
        LinksExpire = "The links work until {expires}.",
        ControllerHeading = "Controller",
        JointControllersHeading = "Joint controllers",
        JointControllersText = "These companies are joint controllers of the register (GDPR Art 26). You may exercise your rights in respect of any of them; this request is answered on behalf of all of them.",
        ReasonsHeading = "Reasons",
        NoteHeading = "Further information",
        RightsHeading = "Your rights",
        ComplaintText = "If you disagree, you may lodge a complaint with a supervisory authority (GDPR Art 77), in particular in the EU member state where you live or work or where the alleged infringement took place. The authority that supervises us:",
        PhoneLabel = "Phone",
        EmailLabel = "Email",
        WebsiteLabel = "Web",
        JudicialRemedyText = "You also have the right to an effective judicial remedy: you may take the matter to court (GDPR Art 79).",
        ReceiptsHeading = "What was done in each system",
        KeptHeading = "Data we keep, and why",
        KeptLine = "{source}: {category} (records: {rows}) – legal ground: {ground}",
        KeptUntil = "kept until {until}",
        RecipientsHeading = "Recipients we told about the change (GDPR Art 19)",
        NoRecipients = "We had not disclosed these data to any recipient who would need to be told.",
        ReviewReasonsHeading = "Why this needs a person",
        PersonHeading = "Requester",
        NameLabel = "Name",
        CustomerNumberLabel = "Customer number",
        UnverifiedNotUsed = "unverified: not used to find data",
        AgentHeading = "Agent acting for the person",
        PersonWroteHeading = "What the requester wrote",
        WrongValueLabel = "Wrong value",
        CorrectValueLabel = "Correct value",
        ParticularSituationLabel = "Particular situation (Art 21(1))",
        IndustryLabel = "Industry",
        ServicesLabel = "Services of interest",
        AnswerHeading = "The requester's answer",
        QuestionHeading = "Our question",
        SourceLabel = "Data source",
        ErrorHeading = "Error",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "access to personal data",
            [RequestType.Portability] = "data portability",
            [RequestType.Rectification] = "rectification",
            [RequestType.Erasure] = "erasure",
            [RequestType.Restriction] = "restriction of processing",
            [RequestType.ObjectionToDirectMarketing] = "objection to direct marketing",
            [RequestType.ObjectionOnParticularGrounds] = "objection to processing",
            [RequestType.ConsentWithdrawal] = "withdrawal of consent",
            [RequestType.Contact] = "contact message",
        },
        TypeCitations = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "GDPR Art 15",
            [RequestType.Portability] = "GDPR Art 20",
            [RequestType.Rectification] = "GDPR Art 16",
            [RequestType.Erasure] = "GDPR Art 17",
            [RequestType.Restriction] = "GDPR Art 18",
            [RequestType.ObjectionToDirectMarketing] = "GDPR Art 21(2)",
            [RequestType.ObjectionOnParticularGrounds] = "GDPR Art 21(1)",
            [RequestType.ConsentWithdrawal] = "GDPR Art 7(3)",
        },
        Outcomes = new Dictionary<SourceOutcome, string>
        {
            [SourceOutcome.NotFound] = "no data about you was found",
            [SourceOutcome.Exported] = "records found: {found}; included in the answer: {affected}",
            [SourceOutcome.Applied] = "records found: {found}; done: {affected}",
            [SourceOutcome.PartlyKept] = "records found: {found}; done: {affected}; the rest are kept (see below)",
            [SourceOutcome.Kept] = "records found: {found}; all are kept (see below)",
            [SourceOutcome.NotSupported] = "this system cannot do this (see the note)",
            [SourceOutcome.AwaitingStaff] = "our staff are handling this by hand",
            [SourceOutcome.AwaitingCallback] = "the system holding it will answer separately",
        },
        LinkLabels = new Dictionary<string, string>
        {
            [LinkNames.Verify] = "Confirm my request",
            [LinkNames.Status] = "See the status of my request",
            [LinkNames.Approve] = "Approve",
            [LinkNames.Reject] = "Reject",
            [LinkNames.Extend] = "Extend the deadline",
            [LinkNames.AskForInformation] = "Ask for information",
            [LinkNames.Mandate] = "Open the mandate",
            [LinkNames.Release] = "Release the answer",
            [LinkNames.Retry] = "Retry",
            [LinkNames.Download] = "Download my data",
            [LinkNames.Detail] = "Open the request",
            [LinkNames.Overview] = "All open requests",
            [LinkNames.ConfirmTask] = "Confirm the task",
            [LinkNames.MarkHandled] = "Mark as handled",
            [LinkNames.Answer] = "Answer",
        },
        Kinds = new Dictionary<MailKind, KindText>
        {
            [MailKind.VerificationRequested] = new(
                "Please confirm your request ({reference})",
                [
                    "We have received your request: {type}. Please confirm that this email address is yours by opening the link below. This makes sure nobody else asks for your data in your name.",
                    "If you did not make this request, you can ignore this message: nothing happens without confirmation.",
                ],
                [
                    "Once you confirm, we start working on your request and keep you informed by email.",
                    "We will answer by {due} at the latest.",
                    "If the link is not opened before it expires, the request is closed, and you are welcome to make it again.",
                ]),
            [MailKind.VerificationResent] = new(
                "A new confirmation link ({reference})",
                [
                    "Here is a new link to confirm your request: {type}. The link we sent earlier no longer works.",
                    "If you did not ask for a new link, you can ignore this message.",
                ],
                [
                    "Once you confirm, we start working on your request and keep you informed by email.",
                    "We will answer by {due} at the latest.",
                    "If the link is not opened before it expires, the request is closed, and you are welcome to make it again.",
                ]),
            [MailKind.RequestAcknowledged] = new(
                "Your request is confirmed ({reference})",
                ["Thank you for confirming your request: {type}."],
                [
                    "We are working on it and will answer without undue delay, by {due} at the latest.",
                    "If we need anything more from you, we will ask by email. You can see the status of your request at any time through the link below.",
                ]),
            [MailKind.InformationRequested] = new(
                "We need more information for your request ({reference})",
                ["To handle your request ({type}), we need a little more information from you. We only ask for what the request needs."],
                [
                    "Please answer through the link below. We continue as soon as we have your answer.",
                    "The due date for our answer is {due}.",
                ]),
            [MailKind.ExtensionNotice] = new(
                "We need more time for your request ({reference})",
                [
                    "We are sorry, but we cannot answer your request ({type}) within one month. GDPR Art 12(3) allows the period to be extended by up to two further months where a request is complex or there are many requests. We are extending it for the reasons below.",
                    "Our new due date is {extendedDue}.",
                    "The original due date was {due}.",
                ],
                [
                    "We keep working on your request and will answer as soon as we can, before the new date where possible.",
                    "If you do not accept the extension, write to us at {contact}. You may also lodge a complaint with the supervisory authority ({authority}).",
                ]),
            [MailKind.Refusal] = new(
                "Decision on your request ({reference})",
                ["We have looked carefully at your request ({type}). We are not able to act on it, for the reasons below."],
                ["This closes your request. If you have information that could change our assessment, you are welcome to write to us at {contact} or to make a new request."]),
            [MailKind.ResponseReady] = new(
                "The answer to your request is ready ({reference})",
                [
                    "The answer to your request ({type}) is ready for you to download.",
                    "The file contains your personal data, so please keep it safe.",
                ],
                ["If the link expires before you download the file, or something seems to be missing, write to {contact} and quote the reference {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Access] = "It contains the personal data we process about you and the information GDPR Art 15(1) entitles you to: why we process the data, what kinds of data, who receives them, how long we keep them, where they came from, what your rights are, and whether automated decisions or profiling are used. Information about other people has been left out (Art 15(4)).",
                    [RequestType.Portability] = "It contains the data you have given us that we process on the basis of your consent or a contract, in machine-readable form (JSON and CSV), so that you can take them to another service (Art 20).",
                },
            },
            [MailKind.ActionCompleted] = new(
                "Your request has been carried out ({reference})",
                ["We have finished handling your request ({type})."],
                [
                    "Your request is now complete. We keep a record of how it was handled for a limited time, as evidence (GDPR Art 5(2)).",
                    "If you think something was missed, write to {contact}. You may also lodge a complaint with the supervisory authority ({authority}).",
                ])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "We have corrected the inaccurate data in every system that held them.",
                    [RequestType.Erasure] = "We have erased your data from every system that held them, except data the law obliges us to keep or that another ground in GDPR Art 17(3) allows us to keep. Processing of those data is restricted: we keep them for that purpose only.",
                    [RequestType.Restriction] = "We have restricted the processing of your data: the data are stored but not otherwise processed without your consent or another ground in Art 18(2). We will tell you before the restriction is lifted.",
                    [RequestType.ObjectionToDirectMarketing] = "We have stopped processing your data for direct marketing and for profiling related to it (Art 21(3)). We have added you to our suppression list so that you receive no more marketing from us.",
                    [RequestType.ObjectionOnParticularGrounds] = "We have assessed your objection and stopped processing your data to the extent you objected to it, unless stated otherwise below.",
                    [RequestType.ConsentWithdrawal] = "We have stopped the processing that was based on your consent. Withdrawing consent does not affect the lawfulness of processing before the withdrawal (Art 7(3)).",
                },
            },
            [MailKind.WithdrawalConfirmed] = new(
                "Your request has been withdrawn ({reference})",
                ["You have withdrawn your request ({type}), and we have stopped handling it."],
                ["You do not need to do anything. You are welcome to make a new request at any time."]),
            [MailKind.ClosedUnverified] = new(
                "Your request was closed without confirmation ({reference})",
                ["We did not receive a confirmation for your request ({type}), because the confirmation link was not opened before it expired. The request has therefore been closed without being handled."],
                ["If you still want to exercise your right, you are welcome to make a new request at any time. If you did not make the request, you do not need to do anything."]),
            [MailKind.ContactReceived] = new(
                "We have received your message ({reference})",
                ["Thank you for your message. We have received it and passed it on to our staff."],
                ["We will reply by email as soon as we can. If your message is about how we process your personal data, you can also make a data protection request, which we answer within the time the law sets."]),
            [MailKind.AgentRequestNotice] = new(
                "A request about your personal data was made on your behalf ({reference})",
                ["{agent} has asked {controller}, on your behalf, for {type}. They sent us a mandate from you, which our staff have checked."],
                [
                    "Unless you tell us otherwise, we will answer {agent} after {proceed}.",
                    "If you did not authorise this, write to {contact} at once and quote the reference {reference}: we will stop the request.",
                ]),
            [MailKind.StaffReviewRequested] = new(
                "Review needed: {reference} ({typeName})",
                ["Request {reference} ({type}) is waiting for your decision."],
                ["Choose below: approve; reject (the requester is told your reasons and their right to complain); extend the deadline (the requester is told the reasons, within the first month); or ask the requester for information. Each link first opens a confirmation page: nothing happens until you confirm."]),
            [MailKind.ExportReleaseRequested] = new(
                "Answer waiting for release: {reference}",
                [
                    "The answer to request {reference} ({type}) has been assembled and is waiting for your release.",
                    "Before releasing it, check that it holds nothing about other people (GDPR Art 15(4)).",
                ],
                ["Release it through the link below; the requester then receives a download link."]),
            [MailKind.ManualTaskRequested] = new(
                "Task by hand: {source} ({reference})",
                ["Request {reference} ({type}) needs work in {source}, a system that is not connected automatically."],
                ["Do the work in {source}, then confirm through the link below what you found and what you did. Your confirmation becomes part of the account given to the requester."]),
            [MailKind.SourceFailed] = new(
                "Data source failing: {source} ({reference})",
                ["The data source {source} kept failing for request {reference} ({type}), even after automatic retries."],
                ["Fix the cause, then retry through the link below. The legal deadline keeps running in the meantime."]),
            [MailKind.DueReminder] = new(
                "Due soon: {reference}",
                ["Request {reference} ({type}) must be answered by {due}."],
                ["If it cannot be answered in time, the requester must be told of an extension, with reasons, within the first month (GDPR Art 12(3))."]),
            [MailKind.OverdueEscalation] = new(
                "Overdue: {reference}",
                ["Request {reference} ({type}) was due on {due} and has not been answered."],
                ["Please answer the requester without further delay. A late answer breaches GDPR Art 12(3), and the requester may take it to the supervisory authority."]),
            [MailKind.ProcessError] = new(
                "Request stopped by an error: {reference}",
                ["Handling of request {reference} ({type}) has stopped because a step failed repeatedly."],
                ["Fix the cause and retry through the link below. The legal deadline keeps running while the request is stopped."]),
            [MailKind.ContactForStaff] = new(
                "Contact message {reference}: {person}",
                ["A message has come in through the contact form. It has no legal deadline, but if it is in fact a data protection request, handle it as one."],
                ["Reply to the sender directly or through the link below."]),
            [MailKind.RecipientNotice] = new(
                "Notice under GDPR Art 19 from {controller} ({reference})",
                ["We have disclosed personal data about the person named below to you. Under GDPR Art 19 we let you know of the following change."],
                ["Please confirm what you have done by writing to {contact} and quoting the reference {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "At the person's request we have corrected inaccurate data. Please correct the data in your systems as well.",
                    [RequestType.Erasure] = "At the person's request we have erased their data. Please erase the data we disclosed to you, unless you have your own legal ground to keep them.",
                    [RequestType.Restriction] = "At the person's request we have restricted the processing of their data. Please restrict processing in your systems as well, so that the data are only stored.",
                },
            },
        },
    };
}
