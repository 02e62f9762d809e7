using System.Globalization;
using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The accountability report in Finnish.</summary>
public static class ReportTextsFi
{
    public static ReportTexts Texts { get; } = new()
    {
        Language = Language.Fi,
        FormatDecimal = value => Comma(value.ToString("0.#", CultureInfo.InvariantCulture)),
        FormatShare = share => Comma((share * 100).ToString("0.0", CultureInfo.InvariantCulture)) + "\u00a0%",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Tarkastaminen (15 art.)",
            [RequestType.Portability] = "Siirtäminen (20 art.)",
            [RequestType.Rectification] = "Oikaiseminen (16 art.)",
            [RequestType.Erasure] = "Poistaminen (17 art.)",
            [RequestType.Restriction] = "Käsittelyn rajoittaminen (18 art.)",
            [RequestType.ObjectionToDirectMarketing] = "Suoramarkkinoinnin vastustaminen (21(2) art.)",
            [RequestType.ObjectionOnParticularGrounds] = "Vastustaminen, erityinen tilanne (21(1) art.)",
            [RequestType.ConsentWithdrawal] = "Suostumuksen peruuttaminen (7(3) art.)",
            [RequestType.Contact] = "Yhteydenotto (ei määräaikaa)",
        },
        ChannelNames = new Dictionary<Channel, string>
        {
            [Channel.WebForm] = "Verkkolomake",
            [Channel.Api] = "Rajapinta",
            [Channel.Email] = "Sähköposti",
        },
        OutcomeNames = new Dictionary<RequestOutcome, string>
        {
            [RequestOutcome.Answered] = "Vastattu (toimitettu tai tehty)",
            [RequestOutcome.Refused] = "Hylätty (12(4) art.)",
            [RequestOutcome.Withdrawn] = "Peruttu pyytäjän toimesta",
            [RequestOutcome.ClosedUnverified] = "Suljettu, osoitetta ei vahvistettu",
            [RequestOutcome.Open] = "Yhä avoinna",
            [RequestOutcome.Unknown] = "Poistettu, lopputulos ei tiedossa",
        },
        GroundNames = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Ilmeisen perusteeton (12(5) art.)",
            [RefusalGround.ManifestlyExcessive] = "Kohtuuton (12(5) art.)",
            [RefusalGround.IdentityNotEstablished] = "Henkilöllisyys ei varmistunut (11(2) ja 12(6) art.)",
            [RefusalGround.ErasureException] = "Poikkeus poistamisesta (17(3) art.)",
            [RefusalGround.CompellingLegitimateGrounds] = "Huomattavan tärkeä oikeutettu syy (21(1) art.)",
            [RefusalGround.RightsOfOthers] = "Muiden oikeudet ja vapaudet (15(4) art.)",
            [RefusalGround.MandateNotShown] = "Asiamiehen valtuutusta ei osoitettu",
        },
        Title = "Selvitys pyyntöjen käsittelystä",
        Intro = "{controller}: pyynnöt, jotka vastaanotettiin {from}–{to} (päivät aikavyöhykkeellä {zone}), ja miten ne käsiteltiin (tietosuoja-asetuksen 5 artiklan 2 kohta).",
        ComputedAt = "Luvut tilanteessa {time}; avoimet pyynnöt arvioidaan tuolla hetkellä.",
        BackToOverview = "Takaisin pyyntöihin",
        PeriodLegend = "Ajanjakso",
        FromLabel = "Ensimmäinen päivä",
        ToLabel = "Viimeinen päivä",
        DateHint = "Muodossa VVVV-KK-PP, esimerkiksi 2026-04-01.",
        ShowButton = "Näytä selvitys",
        PeriodInvalid = "Anna kumpikin päivä muodossa VVVV-KK-PP, ensimmäinen päivä viimeistään viimeisenä päivänä.",
        PresetsLabel = "Tavalliset jaksot:",
        YearToDate = "kuluva vuosi tähän asti",
        PreviousMonth = "edellinen kuukausi",
        PreviousQuarter = "edellinen neljännes",
        PreviousYear = "edellinen vuosi",
        DefaultPeriodNote = "Ilman valintaa selvitys kattaa kuluvan vuoden tähän päivään asti.",
        DownloadsLabel = "Samat luvut ladattavina:",
        CsvLink = "CSV (mittari, ulottuvuus, arvo)",
        JsonLink = "JSON",
        SummaryHeading = "Yhteenveto",
        TotalLabel = "Vastaanotetut pyynnöt",
        NoRequests = "Ajanjaksolla ei vastaanotettu pyyntöjä.",
        ByTypeHeading = "Pyynnöt tyypeittäin",
        ByChannelHeading = "Pyynnöt kanavittain",
        ByOutcomeHeading = "Lopputulokset",
        OutcomeNote = "Pyyntö, jonka tiedot on sittemmin poistettu säilytysajan päätyttyä, lasketaan sen lopputuloksen mukaan, joka sillä oli poistettaessa; oikeanpuoleinen sarake kertoo, montako niistä on poistettu.",
        ColumnType = "Tyyppi",
        ColumnChannel = "Kanava",
        ColumnOutcome = "Lopputulos",
        ColumnCount = "Pyyntöjä",
        ColumnPurged = "Joista poistettu",
        ColumnFigure = "Luku",
        ColumnValue = "Arvo",
        TimelinessHeading = "Vastattu määräajassa",
        TimelinessDefinition = "Vastaus on määräajassa, kun se toimitettiin, toimenpide tehtiin tai pyyntö hylättiin ennen voimassa olevan määräpäivän päättymistä (pidennyksen jälkeen pidennetyn). Osuus on määräajassa annetut vastaukset kaikista arvioiduista vastauksista. Yhteydenotoilla ei ole määräaikaa, eikä niitä arvioida.",
        OnTimeLabel = "Määräajassa",
        LateLabel = "Myöhässä",
        OnTimeShareLabel = "Määräajassa vastattujen osuus",
        WithoutDueDateLabel = "Vastattu, ei määräaikaa (yhteydenotot)",
        WithoutAnswerTimeLabel = "Vastattu, vastausaikaa ei kirjattu",
        OpenOverdueLabel = "Yhä avoinna ja myöhässä",
        OpenWithinTimeLabel = "Yhä avoinna, määräaika ei ole päättynyt",
        DaysHeading = "Päivät vastaanotosta vastaukseen",
        DaysDefinition = "Kokonaisia kalenteripäiviä rekisterinpitäjän kalenterin mukaan: vastauspäivä miinus vastaanottopäivä (vastaanotettu 18.6., vastattu 20.7.: 32 päivää). Lasketaan määräajan arviointiin otetuista vastauksista. Mediaani on keskimmäinen arvo (parillisella määrällä kahden keskimmäisen keskiarvo); 95. persentiili on pienin arvo, jota vähintään 95 % vastauksista ei ylittänyt.",
        DaysCountLabel = "Mitattuja vastauksia",
        DaysMinLabel = "Lyhin",
        DaysMedianLabel = "Mediaani",
        DaysPercentileLabel = "95. persentiili",
        DaysMaxLabel = "Pisin",
        ExtensionsHeading = "Määräajan pidennykset",
        ExtensionsDefinition = "Määräajat, joita pidennettiin kahdella kuukaudella (12 artiklan 3 kohta), ja henkilöstön kirjaamat syyt. Syy on vapaata tekstiä, jossa voi olla henkilön nimi, joten se poistetaan tietojen mukana: tällaiset pidennykset lasketaan ilman syytä.",
        ExtendedLabel = "Pidennettyjä pyyntöjä",
        ColumnReason = "Syy",
        ReasonRemovedAtPurgeLabel = "Syy poistettu tietojen mukana",
        ReasonNotRecordedLabel = "Syytä ei kirjattu",
        RefusalsHeading = "Hylkäykset oikeusperusteittain",
        ColumnGround = "Peruste",
        GroundNotRecordedLabel = "Perustetta ei kirjattu",
        RepeatsHeading = "Toistuvat pyynnöt",
        RepeatsDefinition = "Toistuva pyyntö on henkilön, joka on tehnyt saman tyyppisen pyynnön aiemmin (lasketaan vain vahvistetuista pyynnöistä).",
        RepeatsLabel = "Toistuvia pyyntöjä",
        RepeatsRefusedLabel = "Toistuvia pyyntöjä hylätty kohtuuttomina",
        RefusedExcessiveLabel = "Kaikki kohtuuttomina hylätyt pyynnöt (12(5) art.)",
        KeptBackHeading = "Poistot, joissa tietoja säilytettiin",
        KeptBackDefinition = "Tiedot, joita poisto ei poistanut, koska säilytyssääntö edellyttää niiden säilyttämistä (17 artiklan 3 kohta), säännöittäin: pyynnöt, joissa säännön nojalla säilytettiin tietoja, ja säilytetyt rivit.",
        ErasuresLabel = "Poistopyyntöjä",
        WithKeptDataLabel = "Poistoja, joissa osa tiedoista säilytettiin",
        ColumnRule = "Säilytyssääntö",
        ColumnRequests = "Pyyntöjä",
        ColumnRows = "Säilytetyt rivit",
        ChartDescription = "{chart}: pylväskaavio, arvo kunkin pylvään vieressä; samat luvut ovat alla olevassa taulukossa.",
        NoFigure = "–",
    };

    /// <summary>The decimal comma, without depending on the machine's culture data.</summary>
    private static string Comma(string number) => number.Replace('.', ',');
}
