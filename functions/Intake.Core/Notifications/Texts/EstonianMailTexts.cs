using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>
/// The mails in Estonian, for the Estonian joint controller: every kind, to the person, to staff and
/// to recipients, so an Estonian request is answered in Estonian from receipt to completion.
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
            [MailKind.InformationRequested] = new(
                "Vajame teie taotluse jaoks lisateavet ({reference})",
                ["Teie taotluse ({type}) menetlemiseks vajame teilt veidi lisateavet. Küsime ainult seda, mida taotlus nõuab."],
                [
                    "Palun vastake allpool oleva lingi kaudu. Jätkame kohe, kui oleme teie vastuse saanud.",
                    "Meie vastamise tähtaeg on {due}.",
                ]),
            [MailKind.ExtensionNotice] = new(
                "Vajame teie taotluse jaoks rohkem aega ({reference})",
                [
                    "Kahjuks ei saa me teie taotlusele ({type}) vastata ühe kuu jooksul. Isikuandmete kaitse üldmääruse artikli 12 lõige 3 lubab seda tähtaega pikendada kuni kahe kuu võrra, kui taotlus on keerukas või taotlusi on palju. Pikendame tähtaega allpool toodud põhjustel.",
                    "Meie uus tähtaeg on {extendedDue}.",
                    "Esialgne tähtaeg oli {due}.",
                ],
                [
                    "Jätkame teie taotluse menetlemist ja vastame niipea kui võimalik, võimaluse korral enne uut tähtaega.",
                    "Kui te pikendamisega ei nõustu, kirjutage meile aadressil {contact}. Samuti võite esitada kaebuse järelevalveasutusele ({authority}).",
                ]),
            [MailKind.Refusal] = new(
                "Otsus teie taotluse kohta ({reference})",
                ["Oleme teie taotluse ({type}) hoolikalt läbi vaadanud. Me ei saa seda allpool toodud põhjustel täita."],
                ["Sellega on teie taotluse menetlemine lõpetatud. Kui teil on teavet, mis võiks meie hinnangut muuta, kirjutage meile aadressil {contact} või esitage uus taotlus."]),
            [MailKind.ResponseReady] = new(
                "Vastus teie taotlusele on valmis ({reference})",
                [
                    "Vastus teie taotlusele ({type}) on allalaadimiseks valmis.",
                    "Fail sisaldab teie isikuandmeid, seega hoidke seda palun turvaliselt.",
                ],
                ["Kui link aegub enne, kui olete faili alla laadinud, või kui midagi näib puuduvat, kirjutage aadressil {contact} ja märkige viitenumber {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Access] = "See sisaldab isikuandmeid, mida me teie kohta töötleme, ja teavet, mida teil on õigus saada isikuandmete kaitse üldmääruse artikli 15 lõike 1 alusel: miks me andmeid töötleme, milliseid andmeid, kes neid saavad, kui kaua me neid säilitame, kust need pärinevad, millised on teie õigused ning kas kasutatakse automatiseeritud otsuste tegemist või profiilianalüüsi. Teavet teiste isikute kohta ei ole lisatud (artikli 15 lõige 4).",
                    [RequestType.Portability] = "See sisaldab andmeid, mille olete meile esitanud ja mida töötleme teie nõusoleku või lepingu alusel, masinloetaval kujul (JSON ja CSV), et saaksite need üle viia teise teenusesse (artikkel 20).",
                },
            },
            [MailKind.ActionCompleted] = new(
                "Teie taotlus on täidetud ({reference})",
                ["Oleme teie taotluse ({type}) menetlemise lõpetanud."],
                [
                    "Teie taotlus on nüüd täidetud. Säilitame piiratud aja jooksul tõendina andmed selle kohta, kuidas taotlust menetleti (isikuandmete kaitse üldmääruse artikli 5 lõige 2).",
                    "Kui leiate, et midagi jäi tegemata, kirjutage aadressil {contact}. Samuti võite esitada kaebuse järelevalveasutusele ({authority}).",
                ])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "Oleme ebaõiged andmed parandanud kõigis süsteemides, kus neid hoiti.",
                    [RequestType.Erasure] = "Oleme teie andmed kustutanud kõigist süsteemidest, kus neid hoiti, välja arvatud andmed, mida oleme seaduse järgi kohustatud säilitama või mille säilitamist lubab mõni muu isikuandmete kaitse üldmääruse artikli 17 lõikes 3 nimetatud alus. Nende andmete töötlemine on piiratud: säilitame neid ainult sel eesmärgil.",
                    [RequestType.Restriction] = "Oleme teie andmete töötlemist piiranud: andmeid säilitatakse, kuid muul viisil töödeldakse neid ainult teie nõusolekul või mõnel muul artikli 18 lõikes 2 nimetatud alusel. Teavitame teid enne piirangu lõpetamist.",
                    [RequestType.ObjectionToDirectMarketing] = "Oleme lõpetanud teie andmete töötlemise otseturunduse eesmärgil ja sellega seotud profiilianalüüsi (artikli 21 lõige 3). Lisasime teid oma keeluloendisse, et te ei saaks meilt enam turunduspakkumisi.",
                    [RequestType.ObjectionOnParticularGrounds] = "Oleme teie vastuväite läbi vaadanud ja lõpetanud teie andmete töötlemise ulatuses, milles te sellele vastu vaidlesite, kui allpool ei ole märgitud teisiti.",
                    [RequestType.ConsentWithdrawal] = "Oleme lõpetanud teie nõusolekul põhineva töötlemise. Nõusoleku tagasivõtmine ei mõjuta enne tagasivõtmist toimunud töötlemise seaduslikkust (artikli 7 lõige 3).",
                },
            },
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
            [MailKind.AgentRequestNotice] = new(
                "Teie nimel esitati taotlus teie isikuandmete kohta ({reference})",
                ["{agent} on teie nimel esitanud vastutavale töötlejale {controller} taotluse: {type}. Ta saatis meile teie volikirja, mille meie töötajad on üle kontrollinud."],
                [
                    "Kui te ei teata meile teisiti, vastame esindajale {agent} pärast {proceed}.",
                    "Kui te ei ole seda volitanud, kirjutage kohe aadressil {contact} ja märkige viitenumber {reference}: peatame taotluse menetlemise.",
                ]),
            [MailKind.StaffReviewRequested] = new(
                "Vajab läbivaatamist: {reference} ({typeName})",
                ["Taotlus {reference} ({type}) ootab teie otsust."],
                ["Valige allpool: kiitke heaks; keelduge (taotlejale teatatakse teie põhjused ja tema õigus esitada kaebus); pikendage tähtaega (taotlejale teatatakse põhjused esimese kuu jooksul) või küsige taotlejalt lisateavet. Iga link avab kõigepealt kinnituslehe: midagi ei juhtu enne, kui olete kinnitanud."]),
            [MailKind.ExportReleaseRequested] = new(
                "Vastus ootab väljastamist: {reference}",
                [
                    "Vastus taotlusele {reference} ({type}) on koostatud ja ootab teie väljastamist.",
                    "Enne väljastamist kontrollige, et selles ei oleks midagi teiste isikute kohta (isikuandmete kaitse üldmääruse artikli 15 lõige 4).",
                ],
                ["Väljastage see allpool oleva lingi kaudu; seejärel saab taotleja allalaadimislingi."]),
            [MailKind.ManualTaskRequested] = new(
                "Käsitsi tehtav ülesanne: {source} ({reference})",
                ["Taotlus {reference} ({type}) vajab tööd süsteemis {source}, mis ei ole automaatselt ühendatud."],
                ["Tehke töö süsteemis {source} ja kinnitage seejärel allpool oleva lingi kaudu, mida leidsite ja mida tegite. Teie kinnitus saab osaks aruandest, mis antakse taotlejale."]),
            [MailKind.SourceFailed] = new(
                "Andmeallika viga: {source} ({reference})",
                ["Andmeallikas {source} ebaõnnestus taotluse {reference} ({type}) puhul korduvalt, ka pärast automaatseid uuesti proovimisi."],
                ["Kõrvaldage põhjus ja proovige seejärel allpool oleva lingi kaudu uuesti. Seadusest tulenev tähtaeg jookseb samal ajal edasi."]),
            [MailKind.DueReminder] = new(
                "Tähtaeg läheneb: {reference}",
                ["Taotlusele {reference} ({type}) tuleb vastata hiljemalt {due}."],
                ["Kui õigeks ajaks vastata ei saa, tuleb taotlejat pikendamisest koos põhjustega teavitada esimese kuu jooksul (isikuandmete kaitse üldmääruse artikli 12 lõige 3)."]),
            [MailKind.OverdueEscalation] = new(
                "Tähtaeg ületatud: {reference}",
                ["Taotluse {reference} ({type}) tähtaeg oli {due} ja sellele ei ole vastatud."],
                ["Palun vastake taotlejale viivitamata. Hilinenud vastus rikub isikuandmete kaitse üldmääruse artikli 12 lõiget 3 ja taotleja võib pöörduda järelevalveasutuse poole."]),
            [MailKind.ProcessError] = new(
                "Taotluse menetlemine peatus vea tõttu: {reference}",
                ["Taotluse {reference} ({type}) menetlemine on peatunud, sest üks samm ebaõnnestus korduvalt."],
                ["Kõrvaldage põhjus ja proovige allpool oleva lingi kaudu uuesti. Seadusest tulenev tähtaeg jookseb ka siis, kui taotlus on peatatud."]),
            [MailKind.ContactForStaff] = new(
                "Kontaktsõnum {reference}: {person}",
                ["Kontaktvormi kaudu on saabunud sõnum. Sellel ei ole seadusest tulenevat tähtaega, kuid kui see on tegelikult andmekaitsetaotlus, käsitlege seda andmekaitsetaotlusena."],
                ["Vastake saatjale otse või allpool oleva lingi kaudu."]),
            [MailKind.RecipientNotice] = new(
                "Isikuandmete kaitse üldmääruse artikli 19 kohane teade vastutavalt töötlejalt {controller} ({reference})",
                ["Oleme teile avaldanud allpool nimetatud isiku isikuandmeid. Isikuandmete kaitse üldmääruse artikli 19 alusel teatame teile järgmisest muudatusest."],
                ["Palun kinnitage, mida olete teinud, kirjutades aadressil {contact} ja märkides viitenumbri {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "Oleme isiku taotlusel parandanud ebaõiged andmed. Palun parandage andmed ka oma süsteemides.",
                    [RequestType.Erasure] = "Oleme isiku taotlusel tema andmed kustutanud. Palun kustutage andmed, mille oleme teile avaldanud, kui teil ei ole nende säilitamiseks oma õiguslikku alust.",
                    [RequestType.Restriction] = "Oleme isiku taotlusel piiranud tema andmete töötlemist. Palun piirake töötlemist ka oma süsteemides, nii et andmeid üksnes säilitatakse.",
                },
            },
        },
    };
}
