using System.Globalization;
using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The accountability report in Swedish.</summary>
public static class ReportTextsSv
{
    public static ReportTexts Texts { get; } = new()
    {
        Language = Language.Sv,
        FormatDecimal = value => Comma(value.ToString("0.#", CultureInfo.InvariantCulture)),
        FormatShare = share => Comma((share * 100).ToString("0.0", CultureInfo.InvariantCulture)) + "\u00a0%",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Tillgång (art. 15)",
            [RequestType.Portability] = "Dataportabilitet (art. 20)",
            [RequestType.Rectification] = "Rättelse (art. 16)",
            [RequestType.Erasure] = "Radering (art. 17)",
            [RequestType.Restriction] = "Begränsning av behandling (art. 18)",
            [RequestType.ObjectionToDirectMarketing] = "Invändning mot direktmarknadsföring (art. 21.2)",
            [RequestType.ObjectionOnParticularGrounds] = "Invändning, särskild situation (art. 21.1)",
            [RequestType.ConsentWithdrawal] = "Återkallat samtycke (art. 7.3)",
            [RequestType.Contact] = "Kontakt (ingen tidsfrist)",
        },
        ChannelNames = new Dictionary<Channel, string>
        {
            [Channel.WebForm] = "Webbformulär",
            [Channel.Api] = "API",
            [Channel.Email] = "E-post",
        },
        OutcomeNames = new Dictionary<RequestOutcome, string>
        {
            [RequestOutcome.Answered] = "Besvarad (levererad eller utförd)",
            [RequestOutcome.Refused] = "Avslagen (art. 12.4)",
            [RequestOutcome.Withdrawn] = "Återtagen av personen",
            [RequestOutcome.ClosedUnverified] = "Stängd, adressen bekräftades aldrig",
            [RequestOutcome.Open] = "Fortfarande öppen",
            [RequestOutcome.Unknown] = "Raderad, utfallet okänt",
        },
        GroundNames = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Uppenbart ogrundad (art. 12.5)",
            [RefusalGround.ManifestlyExcessive] = "Orimlig (art. 12.5)",
            [RefusalGround.IdentityNotEstablished] = "Identiteten kunde inte fastställas (art. 11.2 och 12.6)",
            [RefusalGround.ErasureException] = "Undantag från radering (art. 17.3)",
            [RefusalGround.CompellingLegitimateGrounds] = "Tvingande berättigade skäl (art. 21.1)",
            [RefusalGround.RightsOfOthers] = "Andras rättigheter och friheter (art. 15.4)",
            [RefusalGround.MandateNotShown] = "Ombudets fullmakt visades inte",
        },
        Title = "Redovisning av hanteringen av begäranden",
        Intro = "{controller}: begärandena som togs emot {from}–{to} (datum i tidszonen {zone}) och hur de hanterades (dataskyddsförordningen art. 5.2).",
        ComputedAt = "Siffrorna per {time}; öppna begäranden bedöms vid den tidpunkten.",
        BackToOverview = "Tillbaka till begärandena",
        PeriodLegend = "Period",
        FromLabel = "Första dag",
        ToLabel = "Sista dag",
        DateHint = "Som ÅÅÅÅ-MM-DD, till exempel 2026-04-01.",
        ShowButton = "Visa redovisningen",
        PeriodInvalid = "Ange båda dagarna som ÅÅÅÅ-MM-DD, den första dagen senast den sista.",
        PresetsLabel = "Vanliga perioder:",
        YearToDate = "innevarande år hittills",
        PreviousMonth = "föregående månad",
        PreviousQuarter = "föregående kvartal",
        PreviousYear = "föregående år",
        DefaultPeriodNote = "Utan vald period omfattar redovisningen innevarande år fram till i dag.",
        DownloadsLabel = "Samma siffror att ladda ner:",
        CsvLink = "CSV (mått, dimension, värde)",
        JsonLink = "JSON",
        SummaryHeading = "Sammanfattning",
        TotalLabel = "Mottagna begäranden",
        NoRequests = "Inga begäranden togs emot under perioden.",
        ByTypeHeading = "Begäranden per typ",
        ByChannelHeading = "Begäranden per kanal",
        ByOutcomeHeading = "Utfall",
        OutcomeNote = "En begäran vars uppgifter sedan har raderats efter lagringstiden räknas enligt det utfall den hade vid raderingen; kolumnen till höger anger hur många av dem som raderats.",
        ColumnType = "Typ",
        ColumnChannel = "Kanal",
        ColumnOutcome = "Utfall",
        ColumnCount = "Begäranden",
        ColumnPurged = "Varav raderade",
        ColumnFigure = "Siffra",
        ColumnValue = "Värde",
        TimelinessHeading = "Besvarade i tid",
        TimelinessDefinition = "Ett svar är i tid när det levererades, utfördes eller avslogs innan den gällande sista dagen (den förlängda efter en förlängning) tog slut. Andelen är svar i tid av alla bedömda svar. Kontakter har ingen tidsfrist och bedöms inte.",
        OnTimeLabel = "I tid",
        LateLabel = "Försenade",
        OnTimeShareLabel = "Andel besvarade i tid",
        WithoutDueDateLabel = "Besvarade, ingen tidsfrist (kontakter)",
        WithoutAnswerTimeLabel = "Besvarade, tidpunkten för svaret inte registrerad",
        OpenOverdueLabel = "Fortfarande öppna och försenade",
        OpenWithinTimeLabel = "Fortfarande öppna, inte ännu förfallna",
        DaysHeading = "Dagar från mottagande till svar",
        DaysDefinition = "Hela kalenderdagar enligt den personuppgiftsansvariges kalender: svarsdagen minus mottagningsdagen (mottagen 18.6, besvarad 20.7: 32 dagar). Räknas över de svar som bedömts för tidsfristen. Medianen är det mittersta värdet (medelvärdet av de två mittersta vid jämnt antal); 95:e percentilen är det minsta värde som minst 95 % av svaren inte överskred.",
        DaysCountLabel = "Uppmätta svar",
        DaysMinLabel = "Kortast",
        DaysMedianLabel = "Median",
        DaysPercentileLabel = "95:e percentilen",
        DaysMaxLabel = "Längst",
        ExtensionsHeading = "Förlängningar",
        ExtensionsDefinition = "Tidsfrister som förlängts med ytterligare två månader (art. 12.3) och skälen personalen angav. Ett skäl är fritext som kan nämna personen och raderas därför med uppgifterna: sådana förlängningar räknas utan skäl.",
        ExtendedLabel = "Förlängda begäranden",
        ColumnReason = "Skäl",
        ReasonRemovedAtPurgeLabel = "Skälet raderat med uppgifterna",
        ReasonNotRecordedLabel = "Inget skäl registrerat",
        RefusalsHeading = "Avslag per rättslig grund",
        ColumnGround = "Grund",
        GroundNotRecordedLabel = "Grund inte registrerad",
        RepeatsHeading = "Upprepade begäranden",
        RepeatsDefinition = "En upprepad begäran kommer från en person som tidigare gjort samma slags begäran (räknas endast från bekräftade begäranden).",
        RepeatsLabel = "Upprepade begäranden",
        RepeatsRefusedLabel = "Upprepade begäranden avslagna som orimliga",
        RefusedExcessiveLabel = "Alla begäranden avslagna som orimliga (art. 12.5)",
        KeptBackHeading = "Raderingar där uppgifter behölls",
        KeptBackDefinition = "Uppgifter som en radering inte tog bort eftersom en lagringsregel kräver att de sparas (art. 17.3), per regel: begärandena där uppgifter behölls enligt regeln och de behållna raderna.",
        ErasuresLabel = "Begäranden om radering",
        WithKeptDataLabel = "Raderingar där en del uppgifter behölls",
        ColumnRule = "Lagringsregel",
        ColumnRequests = "Begäranden",
        ColumnRows = "Behållna rader",
        ChartDescription = "{chart}: stapeldiagram med värdet bredvid varje stapel; samma siffror finns i tabellen nedan.",
        NoFigure = "–",
    };

    /// <summary>The decimal comma, without depending on the machine's culture data.</summary>
    private static string Comma(string number) => number.Replace('.', ',');
}
