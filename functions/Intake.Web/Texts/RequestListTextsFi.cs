using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The staff requests list in Finnish.</summary>
public static class RequestListTextsFi
{
    public static RequestListTexts Texts { get; } = new()
    {
        Language = Language.Fi,
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Tarkastus",
            [RequestType.Portability] = "Siirto",
            [RequestType.Rectification] = "Oikaisu",
            [RequestType.Erasure] = "Poisto",
            [RequestType.Restriction] = "Käsittelyn rajoitus",
            [RequestType.ObjectionToDirectMarketing] = "Suoramarkkinoinnin vastustus",
            [RequestType.ObjectionOnParticularGrounds] = "Vastustus, erityinen tilanne",
            [RequestType.ConsentWithdrawal] = "Suostumuksen peruutus",
            [RequestType.Contact] = "Yhteydenotto",
        },
        StageNames = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "odottaa sähköpostin vahvistusta",
            [Stage.AwaitingStaffReview] = "odottaa henkilöstön päätöstä",
            [Stage.AwaitingInformation] = "odottaa lisätietoja",
            [Stage.SubjectNoticePeriod] = "asianomaiselle kerrottu asiamiehen pyynnöstä",
            [Stage.InProgress] = "käsittelyssä tietolähteissä",
            [Stage.Assembling] = "vastausta kootaan",
            [Stage.AwaitingRelease] = "odottaa julkaisua",
            [Stage.Delivered] = "toimitettu",
            [Stage.Completed] = "valmis",
            [Stage.Refused] = "hylätty",
            [Stage.Withdrawn] = "peruttu",
            [Stage.ClosedUnverified] = "suljettu vahvistamatta",
            [Stage.Error] = "pysähtynyt virheeseen",
            [Stage.Purged] = "poistettu",
        },
        Title = "Pyynnöt",
        Intro = "{controller}: kaikki pyynnöt, vastatut ja vastaamattomat. Päätökset tehdään sähköpostien linkeillä.",
        ReportLink = "Selvitys pyyntöjen käsittelystä: pyynnöt tyypeittäin, lopputulokset ja vastausajat",
        FiltersLabel = "Hae pyyntöjä",
        SearchLabel = "Viite",
        SearchHint = "Koko viite tai sen alku, esim. R-7K3M.",
        TypeLabel = "Tyyppi",
        AnyType = "Kaikki tyypit",
        StatusLabel = "Tila",
        StatusOpen = "Avoimet (ei vielä vastattu)",
        StatusClosed = "Vastatut tai suljetut",
        StatusAll = "Kaikki",
        StatusOneStage = "Yksi vaihe",
        ChannelLabel = "Kanava",
        AnyChannel = "Kaikki kanavat",
        DueLabel = "Määräpäivä viimeistään (päivää)",
        DueHint = "Avoimet pyynnöt, joiden määräpäivä on enintään näin monen päivän päästä, myöhässä olevat mukaan lukien.",
        OverdueLabel = "Vain myöhässä olevat",
        SortLabel = "Järjestys",
        SortDue = "Määräpäivä, myöhässä olevat ensin",
        SortReceived = "Vastaanotettu, uusin ensin",
        ShowButton = "Näytä",
        ClearFilters = "Poista rajaukset",
        Caption = "Pyynnöt {from}–{to}, yhteensä {total}",
        NoMatches = "Mikään pyyntö ei vastaa näitä rajauksia.",
        ColumnReference = "Viite",
        ColumnType = "Tyyppi",
        ColumnStatus = "Tila",
        ColumnChannel = "Kanava",
        ColumnReceived = "Vastaanotettu",
        ColumnDue = "Määräpäivä",
        OverdueMark = "Myöhässä",
        RepeatMark = "Toistuva pyyntö",
        ExtendedMark = "jatkettu",
        PurgedEndedAs = "poistettu; oli {stage}",
        NoDueDate = "ei määräaikaa",
        PagesLabel = "Sivut",
        PreviousPage = "Edellinen sivu",
        NextPage = "Seuraava sivu",
        PageOf = "Sivu {page}/{pages}",
        ListedAtExact = "Tilanne {time}.",
        ListedAt = "Tilanne {time}. Viimeisten {seconds} sekunnin muutokset eivät välttämättä näy vielä.",
        BadQueryTitle = "Luetteloa ei voi näyttää",
        BadQueryIntro = "Osoite pyytää jotain, mitä luettelossa ei ole:",
        Problems = new Dictionary<RequestListProblem, string>
        {
            [RequestListProblem.UnknownType] = "Pyyntötyyppiä \"{value}\" ei ole.",
            [RequestListProblem.UnknownStatus] = "Tilaa \"{value}\" ei ole.",
            [RequestListProblem.UnknownChannel] = "Kanavaa \"{value}\" ei ole.",
            [RequestListProblem.DaysOutOfRange] = "\"{value}\" ei ole päivien määrä väliltä 0–366.",
            [RequestListProblem.PageOutOfRange] = "\"{value}\" ei ole sivunumero.",
            [RequestListProblem.UnknownSort] = "Järjestystä \"{value}\" ei ole.",
            [RequestListProblem.NotAFlag] = "\"{value}\" ei ole kyllä tai ei myöhässä olevien valintaan.",
            [RequestListProblem.NotAReference] = "\"{value}\" ei voi olla osa viitettä: haku löytää pyynnöt vain viitteen perusteella.",
        },
    };
}
