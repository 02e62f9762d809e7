using Intake.Core.Process;

namespace Intake.Web.Texts;

/// <summary>The status pages in Estonian, for the joint controller in Estonia.</summary>
public static class StatusTextsEt
{
    public static StatusTexts Table { get; } = new()
    {
        Title = "Teie taotlus",
        ReferenceLabel = "Viitenumber",
        TypeLabel = "Taotlus",
        ControllerLabel = "Vastutav töötleja",
        ReceivedLabel = "Kätte saadud",
        DueLabel = "Vastame hiljemalt",
        OriginalDueLabel = "Esialgne tähtaeg",
        ExtendedLabel = "Vastamise tähtaega on pikendatud",
        ExtensionReasonLabel = "Pikendamise põhjus",
        StepLabel = "Etapp",
        Stages = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "Ootame, et kinnitaksite oma e-posti aadressi meie kirjas oleva lingi kaudu.",
            [Stage.AwaitingStaffReview] = "Meie töötajad vaatavad taotluse läbi.",
            [Stage.AwaitingInformation] = "Vajame teilt lisateavet. Palun vastake allpool olevale küsimusele.",
            [Stage.SubjectNoticePeriod] = "Oleme sellest taotlusest teatanud isikule, keda andmed puudutavad, tema enda aadressil. Jätkame mõne päeva pärast, kui ta sellele vastu ei vaidle.",
            [Stage.InProgress] = "Menetleme taotlust oma süsteemides.",
            [Stage.Assembling] = "Koondame vastuse jaoks teie andmeid.",
            [Stage.AwaitingRelease] = "Vastus on valmis ja kontrollime seda enne saatmist.",
            [Stage.Delivered] = "Vastus on teile saadetud.",
            [Stage.Completed] = "Taotlus on menetletud.",
            [Stage.Refused] = "Me ei saanud taotlust täita. Põhjused on kirjas, mille teile saatsime.",
            [Stage.Withdrawn] = "Võtsite taotluse tagasi.",
            [Stage.ClosedUnverified] = "Taotlus suleti, sest e-posti aadressi ei kinnitatud õigeks ajaks. Võite esitada uue taotluse.",
            [Stage.Error] = "Tekkis tehniline probleem, mida meie töötajad uurivad. Vastamise tähtaeg jookseb edasi.",
            [Stage.Purged] = "Taotlus on lõpetatud ja selle andmed on kustutatud.",
        },
        ActionsHeading = "Mida saate teha",
        NothingToDo = "Praegu ei pea te midagi tegema.",
        ResendText = "Kas kinnituslinki ei tulnud või on see aegunud?",
        ResendButton = "Saada uus kinnituslink",
        ResendDone = "Saatsime uue kinnituslingi. Varasem link enam ei kehti.",
        QuestionLabel = "Meie küsimus",
        AnswerLabel = "Teie vastus",
        AnswerHint = "Kirjutage ainult seda, mida küsisime.",
        AnswerButton = "Saada vastus",
        AnswerDone = "Aitäh! Edastasime teie vastuse oma töötajatele.",
        AnswerMissing = "Kirjutage oma vastus.",
        DownloadInMail = "Teie vastus on valmis. Allalaadimislink on e-kirjas, mille teile saatsime.",
        DownloadUntil = date => $"Allalaadimislink kehtib kuni {date}.",
        WithdrawText = "Võite taotluse tagasi võtta, kui te ei soovi enam, et me seda menetleksime.",
        WithdrawLink = "Võta taotlus tagasi",
        ConfirmWithdrawTitle = "Kas soovite taotluse tagasi võtta?",
        ConfirmWithdrawText = "Tagasivõetud taotluse menetlemist ei saa jätkata, kuid võite igal ajal esitada uue taotluse.",
        ConfirmWithdrawButton = "Jah, võtan taotluse tagasi",
        KeepRequest = "Ära võta tagasi, tagasi taotluse juurde",
        WithdrawDone = "Taotlus on tagasi võetud. Saatsime kinnituse teie e-posti aadressile.",
        BackToStatus = "Tagasi taotluse juurde",

        DoneTitle = "Tehtud",
        NotDoneTitle = "Seda ei õnnestunud teha",
        TooManyLinks = "Selle taotluse jaoks ei saa rohkem kinnituslinke saata. Palun esitage uus taotlus või võtke ühendust vastutava töötlejaga.",
        NotNow = "Taotluse praeguses etapis ei saa seda teha.",
        Closed = "Taotlus on juba lõpetatud.",
        Queued = "Kätte saadud. Taotluse olek uueneb hetke pärast.",

        ExpiredTitle = "Link on aegunud",
        ExpiredBody = "See link enam ei kehti. Kui soovite oma taotluse kohta teavet, võtke ühendust vastutava töötlejaga ja märkige viitenumber.",
        InvalidTitle = "Link ei kehti",
        InvalidBody = "Linki on teel muudetud või see ei pärine meilt. Kopeerige kogu link e-kirjast.",
        GoneTitle = "Taotlust ei leitud",
        GoneBody = "Taotlust enam ei ole: lõpetatud taotluse andmed kustutatakse pärast nende säilitamistähtaega.",
    };
}
