using Intake.Core.Process;

namespace Intake.Web.Texts;

/// <summary>The status pages in Swedish.</summary>
public static class StatusTextsSv
{
    public static StatusTexts Table { get; } = new()
    {
        Title = "Läget för din begäran",
        ReferenceLabel = "Referensnummer",
        TypeLabel = "Begäran",
        ControllerLabel = "Personuppgiftsansvarig",
        ReceivedLabel = "Mottagen",
        DueLabel = "Vi svarar senast",
        OriginalDueLabel = "Ursprunglig sista dag",
        ExtendedLabel = "Tidsfristen har förlängts",
        ExtensionReasonLabel = "Skäl till förlängningen",
        StepLabel = "Skede",
        Stages = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "Vi väntar på att du bekräftar din e-postadress via länken i meddelandet.",
            [Stage.AwaitingStaffReview] = "Vår personal granskar begäran.",
            [Stage.AwaitingInformation] = "Vi behöver mer information av dig. Svara på frågan nedan.",
            [Stage.SubjectNoticePeriod] = "Vi har underrättat den som uppgifterna gäller om begäran, på hens egen adress. Vi fortsätter om några dagar om hen inte invänder.",
            [Stage.InProgress] = "Vi behandlar begäran i våra system.",
            [Stage.Assembling] = "Vi sammanställer dina uppgifter för svaret.",
            [Stage.AwaitingRelease] = "Svaret är sammanställt, och vi granskar det innan det skickas.",
            [Stage.Delivered] = "Svaret har skickats till dig.",
            [Stage.Completed] = "Begäran är behandlad.",
            [Stage.Refused] = "Vi kunde inte tillmötesgå begäran. Skälen finns i e-postmeddelandet vi skickade.",
            [Stage.Withdrawn] = "Du har återkallat begäran.",
            [Stage.ClosedUnverified] = "Begäran stängdes eftersom e-postadressen inte bekräftades i tid. Du kan göra en ny begäran.",
            [Stage.Error] = "Behandlingen har ett tekniskt problem som vår personal utreder. Tidsfristen gäller fortfarande.",
            [Stage.Purged] = "Begäran är stängd och uppgifterna om den har raderats.",
        },
        ActionsHeading = "Vad du kan göra",
        NothingToDo = "Du behöver inte göra något just nu.",
        ResendText = "Fick du ingen bekräftelselänk, eller har den gått ut?",
        ResendButton = "Skicka en ny bekräftelselänk",
        ResendDone = "Vi skickade en ny bekräftelselänk. Den tidigare länken fungerar inte längre.",
        QuestionLabel = "Vår fråga",
        AnswerLabel = "Ditt svar",
        AnswerHint = "Berätta bara det vi frågade om.",
        AnswerButton = "Skicka svaret",
        AnswerDone = "Tack. Vi har skickat ditt svar vidare till personalen.",
        AnswerMissing = "Skriv ett svar.",
        DownloadInMail = "Ditt svar är klart. Nedladdningslänken finns i e-postmeddelandet vi skickade dig.",
        DownloadUntil = date => $"Nedladdningslänken fungerar till och med {date}.",
        WithdrawText = "Du kan återkalla begäran om du inte längre vill att vi behandlar den.",
        WithdrawLink = "Återkalla begäran",
        ConfirmWithdrawTitle = "Vill du återkalla begäran?",
        ConfirmWithdrawText = "En återkallad begäran kan inte fortsätta, men du kan göra en ny begäran när som helst.",
        ConfirmWithdrawButton = "Ja, återkalla begäran",
        KeepRequest = "Återkalla inte, tillbaka till läget för begäran",
        WithdrawDone = "Begäran är återkallad. Vi skickade en bekräftelse till din e-post.",
        BackToStatus = "Tillbaka till läget för begäran",

        DoneTitle = "Klart",
        NotDoneTitle = "Det gick inte",
        TooManyLinks = "Inga fler bekräftelselänkar kan skickas för den här begäran. Gör en ny begäran eller kontakta den personuppgiftsansvarige.",
        NotNow = "Det går inte i det skede som begäran är i nu.",
        Closed = "Begäran är redan stängd.",
        Queued = "Mottaget. Läget för begäran uppdateras om en stund.",

        ExpiredTitle = "Länken har gått ut",
        ExpiredBody = "Den här länken gäller inte längre. Om du behöver information om din begäran, kontakta den personuppgiftsansvarige och ange referensnumret.",
        InvalidTitle = "Länken är ogiltig",
        InvalidBody = "Länken har ändrats på vägen eller kommer inte från oss. Kopiera hela länken från e-postmeddelandet.",
        GoneTitle = "Begäran hittades inte",
        GoneBody = "Begäran finns inte längre: uppgifterna om en stängd begäran raderas efter lagringstiden.",
    };
}
