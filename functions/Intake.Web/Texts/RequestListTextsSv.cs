using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The staff requests list in Swedish.</summary>
public static class RequestListTextsSv
{
    public static RequestListTexts Texts { get; } = new()
    {
        Language = Language.Sv,
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Tillgång",
            [RequestType.Portability] = "Dataportabilitet",
            [RequestType.Rectification] = "Rättelse",
            [RequestType.Erasure] = "Radering",
            [RequestType.Restriction] = "Begränsning",
            [RequestType.ObjectionToDirectMarketing] = "Invändning mot direktmarknadsföring",
            [RequestType.ObjectionOnParticularGrounds] = "Invändning, särskild situation",
            [RequestType.ConsentWithdrawal] = "Återkallat samtycke",
            [RequestType.Contact] = "Kontaktmeddelande",
        },
        StageNames = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "väntar på e-postbekräftelse",
            [Stage.AwaitingStaffReview] = "väntar på personalens beslut",
            [Stage.AwaitingInformation] = "väntar på mer information",
            [Stage.SubjectNoticePeriod] = "den registrerade underrättad om ombudets begäran",
            [Stage.InProgress] = "hanteras i datakällorna",
            [Stage.Assembling] = "svaret sammanställs",
            [Stage.AwaitingRelease] = "väntar på frisläppning",
            [Stage.Delivered] = "levererad",
            [Stage.Completed] = "slutförd",
            [Stage.Refused] = "avslagen",
            [Stage.Withdrawn] = "återkallad",
            [Stage.ClosedUnverified] = "stängd obekräftad",
            [Stage.Error] = "stoppad av ett fel",
            [Stage.Purged] = "raderad",
        },
        Title = "Begäranden",
        Intro = "{controller}: alla begäranden, besvarade eller inte. Besluten fattas via länkarna i e-postmeddelandena.",
        ReportLink = "Redovisning av hanteringen: begäranden per typ, utfall och svarstid",
        FiltersLabel = "Sök begäranden",
        SearchLabel = "Referens",
        SearchHint = "Hela referensen eller dess början, t.ex. R-7K3M.",
        TypeLabel = "Typ",
        AnyType = "Alla typer",
        StatusLabel = "Status",
        StatusOpen = "Öppna (inte besvarade ännu)",
        StatusClosed = "Besvarade eller stängda",
        StatusAll = "Alla",
        StatusOneStage = "Ett skede",
        ChannelLabel = "Kanal",
        AnyChannel = "Alla kanaler",
        DueLabel = "Sista dag inom (dagar)",
        DueHint = "Öppna begäranden vars sista dag infaller inom så många dagar, försenade medräknade.",
        OverdueLabel = "Endast försenade",
        SortLabel = "Ordning",
        SortDue = "Sista dag, försenade först",
        SortReceived = "Mottagen, nyaste först",
        ShowButton = "Visa",
        ClearFilters = "Ta bort filtren",
        Caption = "Begäranden {from}–{to} av {total}",
        NoMatches = "Inga begäranden motsvarar filtren.",
        ColumnReference = "Referens",
        ColumnType = "Typ",
        ColumnStatus = "Status",
        ColumnChannel = "Kanal",
        ColumnReceived = "Mottagen",
        ColumnDue = "Sista dag",
        OverdueMark = "Försenad",
        RepeatMark = "Upprepad begäran",
        ExtendedMark = "förlängd",
        PurgedEndedAs = "raderad; var {stage}",
        NoDueDate = "ingen tidsfrist",
        PagesLabel = "Sidor",
        PreviousPage = "Föregående sida",
        NextPage = "Nästa sida",
        PageOf = "Sida {page} av {pages}",
        ListedAtExact = "Läget {time}.",
        ListedAt = "Läget {time}. Ändringar från de senaste {seconds} sekunderna kanske inte syns ännu.",
        BadQueryTitle = "Listan kan inte visas",
        BadQueryIntro = "Adressen ber om något som listan inte erbjuder:",
        Problems = new Dictionary<RequestListProblem, string>
        {
            [RequestListProblem.UnknownType] = "Det finns ingen begäranstyp \"{value}\".",
            [RequestListProblem.UnknownStatus] = "Det finns ingen status \"{value}\".",
            [RequestListProblem.UnknownChannel] = "Det finns ingen kanal \"{value}\".",
            [RequestListProblem.DaysOutOfRange] = "\"{value}\" är inte ett antal dagar från 0 till 366.",
            [RequestListProblem.PageOutOfRange] = "\"{value}\" är inte ett sidnummer.",
            [RequestListProblem.UnknownSort] = "Det finns ingen ordning \"{value}\".",
            [RequestListProblem.NotAFlag] = "\"{value}\" är inte ja eller nej för försenade begäranden.",
            [RequestListProblem.NotAReference] = "\"{value}\" kan inte ingå i en referens: sökningen hittar begäranden endast på referens.",
        },
    };
}
