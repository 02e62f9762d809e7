using System.Globalization;
using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The accountability report in Estonian, for the joint controller in Estonia.</summary>
public static class ReportTextsEt
{
    public static ReportTexts Texts { get; } = new()
    {
        Language = Language.Et,
        FormatDecimal = value => Comma(value.ToString("0.#", CultureInfo.InvariantCulture)),
        FormatShare = share => Comma((share * 100).ToString("0.0", CultureInfo.InvariantCulture)) + "\u00a0%",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Juurdepääs (art 15)",
            [RequestType.Portability] = "Ülekandmine (art 20)",
            [RequestType.Rectification] = "Parandamine (art 16)",
            [RequestType.Erasure] = "Kustutamine (art 17)",
            [RequestType.Restriction] = "Töötlemise piiramine (art 18)",
            [RequestType.ObjectionToDirectMarketing] = "Vastuväide otseturundusele (art 21 lg 2)",
            [RequestType.ObjectionOnParticularGrounds] = "Vastuväide, konkreetne olukord (art 21 lg 1)",
            [RequestType.ConsentWithdrawal] = "Nõusoleku tagasivõtmine (art 7 lg 3)",
            [RequestType.Contact] = "Kontaktsõnum (tähtajata)",
        },
        ChannelNames = new Dictionary<Channel, string>
        {
            [Channel.WebForm] = "Veebivorm",
            [Channel.Api] = "API",
            [Channel.Email] = "E-post",
        },
        OutcomeNames = new Dictionary<RequestOutcome, string>
        {
            [RequestOutcome.Answered] = "Vastatud (väljastatud või tehtud)",
            [RequestOutcome.Refused] = "Keeldutud (art 12 lg 4)",
            [RequestOutcome.Withdrawn] = "Isik võttis tagasi",
            [RequestOutcome.ClosedUnverified] = "Suletud, aadressi ei kinnitatud",
            [RequestOutcome.Open] = "Veel avatud",
            [RequestOutcome.Unknown] = "Kustutatud, tulemus teadmata",
        },
        GroundNames = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Ilmselgelt põhjendamatu (art 12 lg 5)",
            [RefusalGround.ManifestlyExcessive] = "Ülemäärane (art 12 lg 5)",
            [RefusalGround.IdentityNotEstablished] = "Isikusamasust ei tuvastatud (art 11 lg 2, art 12 lg 6)",
            [RefusalGround.ErasureException] = "Kustutamise erand (art 17 lg 3)",
            [RefusalGround.CompellingLegitimateGrounds] = "Mõjuvad õiguspärased põhjused (art 21 lg 1)",
            [RefusalGround.RightsOfOthers] = "Teiste isikute õigused ja vabadused (art 15 lg 4)",
            [RefusalGround.MandateNotShown] = "Esindaja volitust ei esitatud",
        },
        Title = "Aruanne taotluste menetlemise kohta",
        Intro = "{controller}: ajavahemikul {from} kuni {to} saadud taotlused (kuupäevad ajavööndis {zone}) ja nende menetlemine (isikuandmete kaitse üldmääruse art 5 lg 2).",
        ComputedAt = "Arvud seisuga {time}; veel avatud taotlusi hinnatakse selle hetke seisuga.",
        BackToOverview = "Tagasi taotluste juurde",
        PeriodLegend = "Ajavahemik",
        FromLabel = "Esimene päev",
        ToLabel = "Viimane päev",
        DateHint = "Kujul AAAA-KK-PP, näiteks 2026-04-01.",
        ShowButton = "Näita aruannet",
        PeriodInvalid = "Sisestage mõlemad päevad kujul AAAA-KK-PP; esimene päev ei tohi olla viimasest hilisem.",
        PresetsLabel = "Tavalised ajavahemikud:",
        YearToDate = "selle aasta algusest tänaseni",
        PreviousMonth = "eelmine kuu",
        PreviousQuarter = "eelmine kvartal",
        PreviousYear = "eelmine aasta",
        DefaultPeriodNote = "Kui ajavahemikku ei ole valitud, hõlmab aruanne jooksva aasta algusest tänaseni.",
        DownloadsLabel = "Samad arvud allalaadimiseks:",
        CsvLink = "CSV (näitaja, mõõde, väärtus)",
        JsonLink = "JSON",
        SummaryHeading = "Kokkuvõte",
        TotalLabel = "Saadud taotlusi",
        NoRequests = "Sellel ajavahemikul taotlusi ei saadud.",
        ByTypeHeading = "Taotlused liigi järgi",
        ByChannelHeading = "Taotlused kanali järgi",
        ByOutcomeHeading = "Tulemused",
        OutcomeNote = "Taotlus, mille andmed on säilitamistähtaja möödudes kustutatud, arvestatakse tulemuse alla, mis tal kustutamise ajal oli; parempoolne veerg näitab, mitu neist on kustutatud.",
        ColumnType = "Liik",
        ColumnChannel = "Kanal",
        ColumnOutcome = "Tulemus",
        ColumnCount = "Taotlusi",
        ColumnPurged = "Neist kustutatud",
        ColumnFigure = "Näitaja",
        ColumnValue = "Väärtus",
        TimelinessHeading = "Õigeaegselt vastatud",
        TimelinessDefinition = "Vastus on õigeaegne, kui see väljastati, tehti või keelduti enne kehtiva tähtaja lõppu (pikendamise korral pikendatud tähtaja lõppu). Osakaal on õigeaegsete vastuste arv kõigist hinnatud vastustest. Kontaktsõnumitel tähtaega ei ole ja neid ei hinnata.",
        OnTimeLabel = "Õigeaegselt",
        LateLabel = "Hilinenult",
        OnTimeShareLabel = "Õigeaegselt vastatute osakaal",
        WithoutDueDateLabel = "Vastatud, tähtaega ei ole (kontaktsõnumid)",
        WithoutAnswerTimeLabel = "Vastatud, vastamise aega ei registreeritud",
        OpenOverdueLabel = "Veel avatud ja tähtaeg ületatud",
        OpenWithinTimeLabel = "Veel avatud, tähtaeg ei ole saabunud",
        DaysHeading = "Päevi saamisest vastamiseni",
        DaysDefinition = "Täispäevad vastutava töötleja kalendri järgi: vastamise kuupäev miinus saamise kuupäev (saadud 18. juunil, vastatud 20. juulil: 32 päeva). Arvestatakse vastuseid, mille õigeaegsust hinnati. Mediaan on keskmine väärtus (paarisarvu korral kahe keskmise väärtuse aritmeetiline keskmine); 95. protsentiil on väikseim väärtus, mida vähemalt 95 % vastustest ei ületanud.",
        DaysCountLabel = "Mõõdetud vastuseid",
        DaysMinLabel = "Lühim",
        DaysMedianLabel = "Mediaan",
        DaysPercentileLabel = "95. protsentiil",
        DaysMaxLabel = "Pikim",
        ExtensionsHeading = "Tähtaja pikendamised",
        ExtensionsDefinition = "Tähtajad, mida pikendati kahe kuu võrra (art 12 lg 3), koos töötajate märgitud põhjustega. Põhjus on vabatekst, milles võib olla isiku nimi, seega kustutatakse see koos andmetega: selliseid pikendamisi arvestatakse ilma põhjuseta.",
        ExtendedLabel = "Pikendatud taotlusi",
        ColumnReason = "Põhjus",
        ReasonRemovedAtPurgeLabel = "Põhjus kustutati koos andmetega",
        ReasonNotRecordedLabel = "Põhjust ei märgitud",
        RefusalsHeading = "Keeldumised õigusliku aluse järgi",
        ColumnGround = "Alus",
        GroundNotRecordedLabel = "Alust ei märgitud",
        RepeatsHeading = "Korduvad taotlused",
        RepeatsDefinition = "Korduv taotlus on taotlus isikult, kes on varem esitanud sama liiki taotluse (arvestatakse ainult kinnitatud taotlusi).",
        RepeatsLabel = "Korduvaid taotlusi",
        RepeatsRefusedLabel = "Ülemäärasena tagasi lükatud korduvad taotlused",
        RefusedExcessiveLabel = "Kõik ülemäärasena tagasi lükatud taotlused (art 12 lg 5)",
        KeptBackHeading = "Kustutamised, mille puhul osa andmeid säilitati",
        KeptBackDefinition = "Andmed, mida kustutamisel ei eemaldatud, sest säilitamisreegel nõuab nende säilitamist (art 17 lg 3), reeglite kaupa: taotlused, mille puhul reegli alusel andmeid säilitati, ja säilitatud read.",
        ErasuresLabel = "Kustutamistaotlusi",
        WithKeptDataLabel = "Kustutamisi, mille puhul osa andmeid säilitati",
        ColumnRule = "Säilitamisreegel",
        ColumnRequests = "Taotlusi",
        ColumnRows = "Säilitatud read",
        ChartDescription = "{chart}: tulpdiagramm, väärtus iga tulba kõrval; samad arvud on allolevas tabelis.",
        NoFigure = "–",
    };

    /// <summary>The decimal comma, without depending on the machine's culture data.</summary>
    private static string Comma(string number) => number.Replace('.', ',');
}
