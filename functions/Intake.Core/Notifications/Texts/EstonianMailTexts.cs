using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>
/// The mails in Estonian, for the Estonian joint controller. Only the plain notices to the person
/// are written here; letters with legal consequences (extension, refusal, completion, export) and
/// staff mails go out in English until a native speaker has reviewed a translation.
/// </summary>
internal static class EstonianMailTexts
{
    public static MailTexts Texts { get; } = new()
    {
        Language = Language.Et,
        FormatDate = date => string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month:00}.{date.Year}"),
        FormatDateTime = time => string.Create(CultureInfo.InvariantCulture, $"{time.Day}.{time.Month:00}.{time.Year} kell {time:HH:mm}"),
        Greeting = "Tere, {name}!",
        GreetingWithoutName = "Tere!",
        Closing = "Lugupidamisega",
        ContactLine = "Oma isikuandmeid puudutavates küsimustes kirjutage meile aadressil {contact}.",
        ReferenceLabel = "Viitenumber",
        RequestLabel = "Taotlus",
        DueDateLabel = "Vastamise tähtaeg",
        ExtendedDueDateLabel = "Pikendatud tähtaeg",
        DaysLeftLabel = "Päevi jäänud",
        DaysOverdueLabel = "Päevi üle tähtaja",
        NextHeading = "Mis edasi saab",
        LinksExpire = "Lingid kehtivad kuni {expires}.",
        ControllerHeading = "Vastutav töötleja",
        JointControllersHeading = "Kaasvastutavad töötlejad",
        JointControllersText = "Need ettevõtted on registri kaasvastutavad töötlejad (isikuandmete kaitse üldmääruse artikkel 26). Võite oma õigusi kasutada ükskõik millise neist suhtes; sellele taotlusele vastatakse kõigi nende nimel.",
        ReasonsHeading = "Põhjused",
        NoteHeading = "Lisateave",
        RightsHeading = "Teie õigused",
        ComplaintText = "Kui te ei ole otsusega nõus, võite esitada kaebuse järelevalveasutusele (isikuandmete kaitse üldmääruse artikkel 77), eelkõige selles ELi liikmesriigis, kus te elate või töötate või kus väidetav rikkumine toimus. Meie järelevalveasutus:",
        PhoneLabel = "Telefon",
        EmailLabel = "E-post",
        WebsiteLabel = "Veebileht",
        JudicialRemedyText = "Teil on ka õigus tõhusale õiguskaitsevahendile: võite pöörduda kohtusse (isikuandmete kaitse üldmääruse artikkel 79).",
        ReceiptsHeading = "Mida igas süsteemis tehti",
        KeptHeading = "Andmed, mida säilitame, ja miks",
        KeptLine = "{source}: {category} (kirjeid: {rows}) – õiguslik alus: {ground}",
        KeptUntil = "säilitatakse kuni {until}",
        RecipientsHeading = "Vastuvõtjad, keda muudatusest teavitasime (isikuandmete kaitse üldmääruse artikkel 19)",
        NoRecipients = "Me ei olnud neid andmeid avaldanud ühelegi vastuvõtjale, keda oleks tulnud teavitada.",
        ReviewReasonsHeading = "Miks taotlus vajab inimese otsust",
        PersonHeading = "Taotleja",
        NameLabel = "Nimi",
        CustomerNumberLabel = "Kliendinumber",
        UnverifiedNotUsed = "kinnitamata: andmete otsimiseks ei kasutata",
        AgentHeading = "Esindaja (tegutseb isiku eest)",
        PersonWroteHeading = "Mida taotleja kirjutas",
        WrongValueLabel = "Ebaõige väärtus",
        CorrectValueLabel = "Õige väärtus",
        ParticularSituationLabel = "Konkreetne olukord (artikli 21 lõige 1)",
        IndustryLabel = "Tegevusala",
        ServicesLabel = "Huvipakkuvad teenused",
        AnswerHeading = "Taotleja vastus",
        QuestionHeading = "Meie küsimus",
        SourceLabel = "Andmeallikas",
        ErrorHeading = "Viga",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "isikuandmetega tutvumine",
            [RequestType.Portability] = "isikuandmete ülekandmine",
            [RequestType.Rectification] = "isikuandmete parandamine",
            [RequestType.Erasure] = "isikuandmete kustutamine",
            [RequestType.Restriction] = "isikuandmete töötlemise piiramine",
            [RequestType.ObjectionToDirectMarketing] = "vastuväide otseturundusele",
            [RequestType.ObjectionOnParticularGrounds] = "vastuväide isikuandmete töötlemisele",
            [RequestType.ConsentWithdrawal] = "nõusoleku tagasivõtmine",
            [RequestType.Contact] = "sõnum",
        },
        TypeCitations = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "isikuandmete kaitse üldmääruse artikkel 15",
            [RequestType.Portability] = "isikuandmete kaitse üldmääruse artikkel 20",
            [RequestType.Rectification] = "isikuandmete kaitse üldmääruse artikkel 16",
            [RequestType.Erasure] = "isikuandmete kaitse üldmääruse artikkel 17",
            [RequestType.Restriction] = "isikuandmete kaitse üldmääruse artikkel 18",
            [RequestType.ObjectionToDirectMarketing] = "isikuandmete kaitse üldmääruse artikli 21 lõige 2",
            [RequestType.ObjectionOnParticularGrounds] = "isikuandmete kaitse üldmääruse artikli 21 lõige 1",
            [RequestType.ConsentWithdrawal] = "isikuandmete kaitse üldmääruse artikli 7 lõige 3",
        },
        Outcomes = new Dictionary<SourceOutcome, string>
        {
            [SourceOutcome.NotFound] = "teie kohta andmeid ei leitud",
            [SourceOutcome.Exported] = "leitud kirjeid: {found}; vastuses: {affected}",
            [SourceOutcome.Applied] = "leitud kirjeid: {found}; tehtud: {affected}",
            [SourceOutcome.PartlyKept] = "leitud kirjeid: {found}; tehtud: {affected}; ülejäänud säilitatakse (vt allpool)",
            [SourceOutcome.Kept] = "leitud kirjeid: {found}; kõik säilitatakse (vt allpool)",
            [SourceOutcome.NotSupported] = "see süsteem ei toeta seda toimingut (vt märkust)",
            [SourceOutcome.AwaitingStaff] = "meie töötajad teevad seda käsitsi",
            [SourceOutcome.AwaitingCallback] = "seda hoidev süsteem vastab eraldi",
        },
        LinkLabels = new Dictionary<string, string>
        {
            [LinkNames.Verify] = "Kinnitan oma taotluse",
            [LinkNames.Status] = "Vaata taotluse olekut",
            [LinkNames.Approve] = "Kiida heaks",
            [LinkNames.Reject] = "Lükka tagasi",
            [LinkNames.Extend] = "Pikenda tähtaega",
            [LinkNames.AskForInformation] = "Küsi lisateavet",
            [LinkNames.Mandate] = "Ava volikiri",
            [LinkNames.Release] = "Avalda vastus",
            [LinkNames.Retry] = "Proovi uuesti",
            [LinkNames.Download] = "Laadi minu andmed alla",
            [LinkNames.Detail] = "Ava taotlus",
            [LinkNames.Overview] = "Kõik avatud taotlused",
            [LinkNames.ConfirmTask] = "Kinnita ülesanne",
            [LinkNames.MarkHandled] = "Märgi käsitletuks",
            [LinkNames.Answer] = "Vasta",
        },
        Kinds = new Dictionary<MailKind, KindText>
        {
            [MailKind.VerificationRequested] = new(
                "Palun kinnitage oma taotlus ({reference})",
                [
                    "Oleme teie taotluse kätte saanud: {type}. Palun kinnitage allpool oleva lingi kaudu, et see e-posti aadress kuulub teile. Nii veendume, et keegi teine ei küsi teie andmeid teie nimel.",
                    "Kui te seda taotlust ei esitanud, võite selle kirja tähelepanuta jätta: ilma kinnituseta ei juhtu midagi.",
                ],
                [
                    "Kui olete taotluse kinnitanud, asume seda menetlema ja anname teile edenemisest e-posti teel teada.",
                    "Vastame hiljemalt {due}.",
                    "Kui linki ei avata enne selle aegumist, taotlus suletakse. Sel juhul võite selle uuesti esitada.",
                ]),
            [MailKind.VerificationResent] = new(
                "Uus kinnituslink ({reference})",
                [
                    "Siin on uus link teie taotluse kinnitamiseks: {type}. Varem saadetud link enam ei kehti.",
                    "Kui te uut linki ei küsinud, võite selle kirja tähelepanuta jätta.",
                ],
                [
                    "Kui olete taotluse kinnitanud, asume seda menetlema ja anname teile edenemisest e-posti teel teada.",
                    "Vastame hiljemalt {due}.",
                    "Kui linki ei avata enne selle aegumist, taotlus suletakse. Sel juhul võite selle uuesti esitada.",
                ]),
            [MailKind.RequestAcknowledged] = new(
                "Teie taotlus on kinnitatud ({reference})",
                ["Aitäh, et kinnitasite oma taotluse: {type}."],
                [
                    "Menetleme teie taotlust põhjendamatu viivituseta ja vastame hiljemalt {due}.",
                    "Kui vajame teilt lisateavet, küsime seda e-posti teel. Taotluse olekut näete igal ajal allpool oleva lingi kaudu.",
                ]),
            [MailKind.WithdrawalConfirmed] = new(
                "Teie taotlus on tagasi võetud ({reference})",
                ["Olete oma taotluse ({type}) tagasi võtnud ja me oleme selle menetlemise lõpetanud."],
                ["Teil ei ole vaja midagi teha. Võite igal ajal esitada uue taotluse."]),
            [MailKind.ClosedUnverified] = new(
                "Teie taotlus suleti kinnitamata ({reference})",
                ["Me ei saanud teie taotlusele ({type}) kinnitust, sest kinnituslinki ei avatud enne selle aegumist. Seetõttu suleti taotlus seda menetlemata."],
                ["Kui soovite oma õigust endiselt kasutada, võite igal ajal esitada uue taotluse. Kui te taotlust ei esitanud, ei pea te midagi tegema."]),
            [MailKind.ContactReceived] = new(
                "Teie sõnum on kätte saadud ({reference})",
                ["Aitäh teie sõnumi eest. Oleme selle kätte saanud ja edastanud oma töötajatele."],
                ["Vastame teile e-posti teel niipea kui võimalik. Kui teie sõnum puudutab teie isikuandmete töötlemist, võite esitada ka andmekaitsetaotluse, millele vastame seaduses ettenähtud tähtaja jooksul."]),
        },
    };
}
