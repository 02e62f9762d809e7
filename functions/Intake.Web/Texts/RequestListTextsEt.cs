using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The staff requests list in Estonian, for the joint controller in Estonia.</summary>
public static class RequestListTextsEt
{
    public static RequestListTexts Texts { get; } = new()
    {
        Language = Language.Et,
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Juurdepääs",
            [RequestType.Portability] = "Ülekandmine",
            [RequestType.Rectification] = "Parandamine",
            [RequestType.Erasure] = "Kustutamine",
            [RequestType.Restriction] = "Töötlemise piiramine",
            [RequestType.ObjectionToDirectMarketing] = "Vastuväide otseturundusele",
            [RequestType.ObjectionOnParticularGrounds] = "Vastuväide, konkreetne olukord",
            [RequestType.ConsentWithdrawal] = "Nõusoleku tagasivõtmine",
            [RequestType.Contact] = "Kontaktsõnum",
        },
        StageNames = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "ootab e-posti kinnitamist",
            [Stage.AwaitingStaffReview] = "ootab töötaja otsust",
            [Stage.AwaitingInformation] = "ootab lisateavet",
            [Stage.SubjectNoticePeriod] = "isikut teavitati esindaja taotlusest",
            [Stage.InProgress] = "andmeallikates",
            [Stage.Assembling] = "vastust koostatakse",
            [Stage.AwaitingRelease] = "ootab väljastamist",
            [Stage.Delivered] = "väljastatud",
            [Stage.Completed] = "lõpetatud",
            [Stage.Refused] = "keeldutud",
            [Stage.Withdrawn] = "tagasi võetud",
            [Stage.ClosedUnverified] = "suletud kinnitamata",
            [Stage.Error] = "peatunud vea tõttu",
            [Stage.Purged] = "kustutatud",
        },
        Title = "Taotlused",
        Intro = "{controller}: kõik taotlused, vastatud või vastamata. Otsused tehakse e-kirjades olevate linkide kaudu.",
        ReportLink = "Aruanne taotluste menetlemise kohta: taotlused liigi, tulemuse ja vastamise aja järgi",
        FiltersLabel = "Otsi taotlusi",
        SearchLabel = "Viitenumber",
        SearchHint = "Kogu viitenumber või selle algus, nt R-7K3M.",
        TypeLabel = "Liik",
        AnyType = "Kõik liigid",
        StatusLabel = "Olek",
        StatusOpen = "Avatud (veel vastamata)",
        StatusClosed = "Vastatud või suletud",
        StatusAll = "Kõik",
        StatusOneStage = "Üks etapp",
        ChannelLabel = "Kanal",
        AnyChannel = "Kõik kanalid",
        DueLabel = "Tähtaeg saabub (päeva jooksul)",
        DueHint = "Avatud taotlused, mille tähtaeg saabub nii mitme päeva jooksul, sh tähtaja ületanud.",
        OverdueLabel = "Ainult tähtaja ületanud taotlused",
        SortLabel = "Järjestus",
        SortDue = "Tähtaeg, ületatud esimesena",
        SortReceived = "Saabumine, uusimad esimesena",
        ShowButton = "Näita",
        ClearFilters = "Tühista filtrid",
        Caption = "Taotlused {from}–{to}, kokku {total}",
        NoMatches = "Nendele filtritele ei vasta ükski taotlus.",
        ColumnReference = "Viitenumber",
        ColumnType = "Liik",
        ColumnStatus = "Olek",
        ColumnChannel = "Kanal",
        ColumnReceived = "Saabunud",
        ColumnDue = "Tähtaeg",
        OverdueMark = "Tähtaeg ületatud",
        RepeatMark = "Korduv taotlus",
        ExtendedMark = "pikendatud",
        PurgedEndedAs = "kustutatud; olek oli: {stage}",
        NoDueDate = "tähtajata",
        PagesLabel = "Leheküljed",
        PreviousPage = "Eelmine lehekülg",
        NextPage = "Järgmine lehekülg",
        PageOf = "Lehekülg {page}/{pages}",
        ListedAtExact = "Loetelu seisuga {time}.",
        ListedAt = "Loetelu seisuga {time}. Viimase {seconds} sekundi jooksul tehtud muudatused ei pruugi veel näha olla.",
        BadQueryTitle = "Seda loetelu ei saa näidata",
        BadQueryIntro = "Aadress küsib midagi, mida loetelu ei paku:",
        Problems = new Dictionary<RequestListProblem, string>
        {
            [RequestListProblem.UnknownType] = "Taotluse liiki „{value}“ ei ole.",
            [RequestListProblem.UnknownStatus] = "Olekut „{value}“ ei ole.",
            [RequestListProblem.UnknownChannel] = "Kanalit „{value}“ ei ole.",
            [RequestListProblem.DaysOutOfRange] = "„{value}“ ei ole päevade arv vahemikus 0 kuni 366.",
            [RequestListProblem.PageOutOfRange] = "„{value}“ ei ole lehekülje number.",
            [RequestListProblem.UnknownSort] = "Järjestust „{value}“ ei ole.",
            [RequestListProblem.NotAFlag] = "„{value}“ ei ole tähtaja ületanud taotluste kohta jah ega ei.",
            [RequestListProblem.NotAReference] = "„{value}“ ei saa olla viitenumbri osa: otsing leiab taotlusi ainult viitenumbri järgi.",
        },
    };
}
