using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>The mails in Finnish.</summary>
internal static class FinnishMailTexts
{
    public static MailTexts Texts { get; } = new()
    {
        Language = Language.Fi,
        FormatDate = date => string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}.{date.Year}"),
        FormatDateTime = time => string.Create(CultureInfo.InvariantCulture, $"{time.Day}.{time.Month}.{time.Year} klo {time:HH.mm}"),
        Greeting = "Hei {name},",
        GreetingWithoutName = "Hei,",
        Closing = "Ystävällisin terveisin",
        ContactLine = "Henkilötietojasi koskevissa asioissa tavoitat meidät osoitteesta {contact}.",
        ReferenceLabel = "Viite",
        RequestLabel = "Pyyntö",
        DueDateLabel = "Määräpäivä",
        ExtendedDueDateLabel = "Uusi määräpäivä",
        DaysLeftLabel = "Päiviä jäljellä",
        DaysOverdueLabel = "Päiviä myöhässä",
        NextHeading = "Mitä seuraavaksi tapahtuu",
        LinksExpire = "Linkit toimivat {expires} asti.",
        ControllerHeading = "Rekisterinpitäjä",
        JointControllersHeading = "Yhteisrekisterinpitäjät",
        JointControllersText = "Nämä yhtiöt ovat rekisterin yhteisrekisterinpitäjiä (tietosuoja-asetuksen 26 artikla). Voit käyttää oikeuksiasi minkä tahansa niistä osalta; tähän pyyntöön vastataan kaikkien puolesta.",
        ReasonsHeading = "Perustelut",
        NoteHeading = "Lisätietoja",
        RightsHeading = "Oikeutesi",
        ComplaintText = "Jos olet eri mieltä, voit tehdä valituksen valvontaviranomaiselle (tietosuoja-asetuksen 77 artikla), erityisesti siinä EU-maassa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Meitä valvoo:",
        PhoneLabel = "Puhelin",
        EmailLabel = "Sähköposti",
        WebsiteLabel = "Verkkosivut",
        JudicialRemedyText = "Sinulla on myös oikeus tehokkaaseen oikeussuojakeinoon: voit viedä asian tuomioistuimen käsiteltäväksi (tietosuoja-asetuksen 79 artikla).",
        ReceiptsHeading = "Mitä kussakin järjestelmässä tehtiin",
        KeptHeading = "Tiedot, jotka säilytämme, ja miksi",
        KeptLine = "{source}: {category} (tietueita: {rows}) – oikeusperuste: {ground}",
        KeptUntil = "säilytetään {until} asti",
        RecipientsHeading = "Vastaanottajat, joille ilmoitimme muutoksesta (tietosuoja-asetuksen 19 artikla)",
        NoRecipients = "Emme olleet luovuttaneet näitä tietoja vastaanottajille, joille muutoksesta olisi pitänyt ilmoittaa.",
        ReviewReasonsHeading = "Miksi pyyntö tarvitsee ihmisen päätöksen",
        PersonHeading = "Pyytäjä",
        NameLabel = "Nimi",
        CustomerNumberLabel = "Asiakasnumero",
        UnverifiedNotUsed = "vahvistamaton: ei käytetä tietojen hakuun",
        AgentHeading = "Asiamies (toimii henkilön puolesta)",
        PersonWroteHeading = "Pyytäjän viesti",
        WrongValueLabel = "Virheellinen tieto",
        CorrectValueLabel = "Oikea tieto",
        ParticularSituationLabel = "Erityinen tilanne (21 artiklan 1 kohta)",
        IndustryLabel = "Toimiala",
        ServicesLabel = "Kiinnostavat palvelut",
        AnswerHeading = "Pyytäjän vastaus",
        QuestionHeading = "Kysymyksemme",
        SourceLabel = "Tietolähde",
        ErrorHeading = "Virhe",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "tietojen tarkastaminen",
            [RequestType.Portability] = "tietojen siirtäminen",
            [RequestType.Rectification] = "tietojen oikaiseminen",
            [RequestType.Erasure] = "tietojen poistaminen",
            [RequestType.Restriction] = "käsittelyn rajoittaminen",
            [RequestType.ObjectionToDirectMarketing] = "suoramarkkinoinnin vastustaminen",
            [RequestType.ObjectionOnParticularGrounds] = "käsittelyn vastustaminen",
            [RequestType.ConsentWithdrawal] = "suostumuksen peruuttaminen",
            [RequestType.Contact] = "yhteydenotto",
        },
        TypeCitations = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "tietosuoja-asetuksen 15 artikla",
            [RequestType.Portability] = "tietosuoja-asetuksen 20 artikla",
            [RequestType.Rectification] = "tietosuoja-asetuksen 16 artikla",
            [RequestType.Erasure] = "tietosuoja-asetuksen 17 artikla",
            [RequestType.Restriction] = "tietosuoja-asetuksen 18 artikla",
            [RequestType.ObjectionToDirectMarketing] = "tietosuoja-asetuksen 21 artiklan 2 kohta",
            [RequestType.ObjectionOnParticularGrounds] = "tietosuoja-asetuksen 21 artiklan 1 kohta",
            [RequestType.ConsentWithdrawal] = "tietosuoja-asetuksen 7 artiklan 3 kohta",
        },
        Outcomes = new Dictionary<SourceOutcome, string>
        {
            [SourceOutcome.NotFound] = "sinusta ei löytynyt tietoja",
            [SourceOutcome.Exported] = "tietueita löytyi: {found}; mukana vastauksessa: {affected}",
            [SourceOutcome.Applied] = "tietueita löytyi: {found}; käsitelty: {affected}",
            [SourceOutcome.PartlyKept] = "tietueita löytyi: {found}; käsitelty: {affected}; loput säilytetään (ks. alla)",
            [SourceOutcome.Kept] = "tietueita löytyi: {found}; kaikki säilytetään (ks. alla)",
            [SourceOutcome.NotSupported] = "järjestelmä ei tue tätä toimenpidettä (ks. huomautus)",
            [SourceOutcome.AwaitingStaff] = "henkilökuntamme hoitaa tämän käsin",
            [SourceOutcome.AwaitingCallback] = "tietoja säilyttävä järjestelmä vastaa erikseen",
        },
        LinkLabels = new Dictionary<string, string>
        {
            [LinkNames.Verify] = "Vahvista pyyntöni",
            [LinkNames.Status] = "Näytä pyynnön tila",
            [LinkNames.Approve] = "Hyväksy",
            [LinkNames.Reject] = "Hylkää",
            [LinkNames.Extend] = "Pidennä määräaikaa",
            [LinkNames.AskForInformation] = "Pyydä lisätietoja",
            [LinkNames.Mandate] = "Avaa valtakirja",
            [LinkNames.Release] = "Julkaise vastaus",
            [LinkNames.Retry] = "Yritä uudelleen",
            [LinkNames.Download] = "Lataa tietoni",
            [LinkNames.Detail] = "Avaa pyyntö",
            [LinkNames.Overview] = "Kaikki avoimet pyynnöt",
            [LinkNames.ConfirmTask] = "Kuittaa tehtävä",
            [LinkNames.MarkHandled] = "Merkitse käsitellyksi",
            [LinkNames.Answer] = "Vastaa",
        },
        Kinds = new Dictionary<MailKind, KindText>
        {
            [MailKind.VerificationRequested] = new(
                "Vahvista pyyntösi ({reference})",
                [
                    "Olemme vastaanottaneet pyyntösi: {type}. Vahvista vielä alla olevalla linkillä, että tämä sähköpostiosoite on sinun. Näin varmistamme, ettei kukaan muu pyydä tietojasi sinun nimissäsi.",
                    "Jos et tehnyt tätä pyyntöä, voit jättää viestin huomiotta: ilman vahvistusta mitään ei tapahdu.",
                ],
                [
                    "Kun olet vahvistanut pyynnön, aloitamme sen käsittelyn ja kerromme etenemisestä sähköpostitse.",
                    "Vastaamme viimeistään {due}.",
                    "Jos linkkiä ei avata ennen kuin se vanhenee, pyyntö suljetaan. Voit silloin tehdä sen uudelleen.",
                ]),
            [MailKind.VerificationResent] = new(
                "Uusi vahvistuslinkki ({reference})",
                [
                    "Tässä on uusi linkki pyyntösi vahvistamiseen: {type}. Aiemmin lähettämämme linkki ei enää toimi.",
                    "Jos et pyytänyt uutta linkkiä, voit jättää viestin huomiotta.",
                ],
                [
                    "Kun olet vahvistanut pyynnön, aloitamme sen käsittelyn ja kerromme etenemisestä sähköpostitse.",
                    "Vastaamme viimeistään {due}.",
                    "Jos linkkiä ei avata ennen kuin se vanhenee, pyyntö suljetaan. Voit silloin tehdä sen uudelleen.",
                ]),
            [MailKind.RequestAcknowledged] = new(
                "Pyyntösi on vahvistettu ({reference})",
                ["Kiitos, että vahvistit pyyntösi: {type}."],
                [
                    "Käsittelemme pyyntöäsi ja vastaamme ilman aiheetonta viivytystä, viimeistään {due}.",
                    "Jos tarvitsemme sinulta lisätietoja, kysymme niitä sähköpostitse. Pyynnön tilan näet milloin tahansa alla olevasta linkistä.",
                ]),
            [MailKind.InformationRequested] = new(
                "Tarvitsemme lisätietoja pyyntöösi ({reference})",
                ["Jotta voimme käsitellä pyyntösi ({type}), tarvitsemme sinulta vielä hieman lisätietoja. Kysymme vain sitä, mitä pyynnön käsittely edellyttää."],
                [
                    "Vastaa alla olevan linkin kautta. Jatkamme käsittelyä heti, kun saamme vastauksesi.",
                    "Vastauksemme määräpäivä on {due}.",
                ]),
            [MailKind.ExtensionNotice] = new(
                "Tarvitsemme lisäaikaa pyyntösi käsittelyyn ({reference})",
                [
                    "Valitettavasti emme pysty vastaamaan pyyntöösi ({type}) kuukauden kuluessa. Tietosuoja-asetuksen 12 artiklan 3 kohta sallii määräajan pidentämisen enintään kahdella kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Pidennämme määräaikaa alla kerrotuista syistä.",
                    "Uusi määräpäivä on {extendedDue}.",
                    "Alkuperäinen määräpäivä oli {due}.",
                ],
                [
                    "Jatkamme pyyntösi käsittelyä ja vastaamme heti kun voimme, mahdollisuuksien mukaan ennen uutta määräpäivää.",
                    "Jos et hyväksy pidennystä, kirjoita meille osoitteeseen {contact}. Voit myös tehdä valituksen valvontaviranomaiselle ({authority}).",
                ]),
            [MailKind.Refusal] = new(
                "Päätös pyyntöösi ({reference})",
                ["Olemme käsitelleet pyyntösi ({type}) huolellisesti. Emme voi toteuttaa sitä alla kerrotuista syistä."],
                ["Tämä päättää pyyntösi käsittelyn. Jos sinulla on tietoja, jotka voivat muuttaa arviotamme, kirjoita meille osoitteeseen {contact} tai tee uusi pyyntö."]),
            [MailKind.ResponseReady] = new(
                "Vastaus pyyntöösi on valmis ({reference})",
                [
                    "Vastaus pyyntöösi ({type}) on valmis ladattavaksi.",
                    "Tiedosto sisältää henkilötietojasi, joten säilytä se huolellisesti.",
                ],
                ["Jos linkki ehtii vanhentua ennen kuin lataat tiedoston tai jokin näyttää puuttuvan, kirjoita osoitteeseen {contact} ja mainitse viite {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Access] = "Vastaus sisältää sinusta käsittelemämme henkilötiedot sekä tiedot, joihin sinulla on oikeus tietosuoja-asetuksen 15 artiklan 1 kohdan mukaan: miksi tietoja käsitellään, mitä tietoja käsitellään, kenelle niitä luovutetaan, kuinka kauan niitä säilytetään, mistä ne on saatu, mitkä ovat oikeutesi ja tehdäänkö niiden perusteella automaattisia päätöksiä tai profilointia. Muita henkilöitä koskevat tiedot on jätetty pois (15 artiklan 4 kohta).",
                    [RequestType.Portability] = "Vastaus sisältää tiedot, jotka olet itse antanut meille ja joita käsittelemme suostumuksesi tai sopimuksen perusteella, koneluettavassa muodossa (JSON ja CSV), jotta voit siirtää ne toiseen palveluun (20 artikla).",
                },
            },
            [MailKind.ActionCompleted] = new(
                "Pyyntösi on toteutettu ({reference})",
                ["Olemme käsitelleet pyyntösi ({type}) loppuun."],
                [
                    "Pyyntösi on nyt valmis. Säilytämme tiedot sen käsittelystä rajoitetun ajan, jotta voimme osoittaa, miten pyyntö hoidettiin (tietosuoja-asetuksen 5 artiklan 2 kohta).",
                    "Jos jokin on mielestäsi jäänyt tekemättä, kirjoita osoitteeseen {contact}. Voit myös tehdä valituksen valvontaviranomaiselle ({authority}).",
                ])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "Olemme oikaisseet virheelliset tiedot kaikissa järjestelmissä, joissa niitä oli.",
                    [RequestType.Erasure] = "Olemme poistaneet tietosi kaikista järjestelmistä, joissa niitä oli, lukuun ottamatta tietoja, jotka laki velvoittaa meidät säilyttämään tai joiden säilyttämiseen on muu tietosuoja-asetuksen 17 artiklan 3 kohdan mukainen peruste. Näiden tietojen käsittelyä on rajoitettu: säilytämme niitä vain tätä tarkoitusta varten.",
                    [RequestType.Restriction] = "Olemme rajoittaneet tietojesi käsittelyä: tiedot säilytetään, mutta niitä ei muuten käsitellä ilman suostumustasi tai muuta 18 artiklan 2 kohdan mukaista perustetta. Kerromme sinulle ennen kuin rajoitus poistetaan.",
                    [RequestType.ObjectionToDirectMarketing] = "Olemme lopettaneet tietojesi käsittelyn suoramarkkinointia ja siihen liittyvää profilointia varten (21 artiklan 3 kohta). Olemme lisänneet sinut estolistalle, jotta et saa meiltä enää markkinointia.",
                    [RequestType.ObjectionOnParticularGrounds] = "Olemme arvioineet vastustamisesi ja lopettaneet tietojesi käsittelyn siltä osin kuin vastustit sitä, ellei alla toisin kerrota.",
                    [RequestType.ConsentWithdrawal] = "Olemme lopettaneet suostumukseesi perustuvan käsittelyn. Peruuttaminen ei vaikuta ennen sitä tapahtuneen käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).",
                },
            },
            [MailKind.WithdrawalConfirmed] = new(
                "Pyyntösi on peruttu ({reference})",
                ["Olet perunut pyyntösi ({type}), ja olemme lopettaneet sen käsittelyn."],
                ["Sinun ei tarvitse tehdä mitään. Voit tehdä uuden pyynnön milloin tahansa."]),
            [MailKind.ClosedUnverified] = new(
                "Pyyntösi suljettiin vahvistamattomana ({reference})",
                ["Emme saaneet vahvistusta pyynnöllesi ({type}), koska vahvistuslinkkiä ei avattu ennen sen vanhenemista. Siksi pyyntö on suljettu käsittelemättä."],
                ["Jos haluat yhä käyttää oikeuttasi, voit tehdä uuden pyynnön milloin tahansa. Jos et tehnyt pyyntöä, sinun ei tarvitse tehdä mitään."]),
            [MailKind.ContactReceived] = new(
                "Olemme vastaanottaneet viestisi ({reference})",
                ["Kiitos viestistäsi. Olemme vastaanottaneet sen ja välittäneet sen henkilökunnallemme."],
                ["Vastaamme sinulle sähköpostitse mahdollisimman pian. Jos viestisi koskee henkilötietojesi käsittelyä, voit myös tehdä tietosuojapyynnön, johon vastaamme laissa säädetyssä määräajassa."]),
            [MailKind.AgentRequestNotice] = new(
                "Puolestasi on tehty henkilötietojasi koskeva pyyntö ({reference})",
                ["{agent} on pyytänyt puolestasi rekisterinpitäjältä {controller}: {type}. Asiamies toimitti meille sinulta valtakirjan, jonka olemme tarkistaneet."],
                [
                    "Ellemme kuule sinusta muuta, vastaamme asiamiehellesi ajankohdan {proceed} jälkeen.",
                    "Jos et ole valtuuttanut ketään tähän, kirjoita heti osoitteeseen {contact} ja mainitse viite {reference}: keskeytämme pyynnön.",
                ]),
            [MailKind.StaffReviewRequested] = new(
                "Tarkistettava pyyntö {reference} ({typeName})",
                ["Pyyntö {reference} ({type}) odottaa päätöstäsi."],
                ["Valitse alta: hyväksy; hylkää (pyytäjälle kerrotaan perustelusi ja oikeus valittaa); pidennä määräaikaa (pyytäjälle kerrotaan syyt ensimmäisen kuukauden aikana); tai pyydä pyytäjältä lisätietoja. Jokainen linkki avaa ensin vahvistussivun: mitään ei tapahdu ennen kuin vahvistat."]),
            [MailKind.ExportReleaseRequested] = new(
                "Vastaus odottaa julkaisua: {reference}",
                [
                    "Vastaus pyyntöön {reference} ({type}) on koottu ja odottaa julkaisuasi.",
                    "Tarkista ennen julkaisua, ettei siinä ole muita henkilöitä koskevia tietoja (tietosuoja-asetuksen 15 artiklan 4 kohta).",
                ],
                ["Julkaise vastaus alla olevasta linkistä; pyytäjä saa sen jälkeen latauslinkin."]),
            [MailKind.ManualTaskRequested] = new(
                "Käsin tehtävä työ: {source} ({reference})",
                ["Pyyntö {reference} ({type}) edellyttää toimenpiteitä järjestelmässä {source}, jota ei ole kytketty automaattisesti."],
                ["Tee tarvittavat toimenpiteet järjestelmässä {source} ja kuittaa sitten alla olevasta linkistä, mitä löysit ja mitä teit. Kuittauksesi tulee osaksi pyytäjälle annettavaa selvitystä."]),
            [MailKind.SourceFailed] = new(
                "Tietolähde ei vastaa: {source} ({reference})",
                ["Tietolähde {source} epäonnistui pyynnössä {reference} ({type}) myös automaattisten uusintayritysten jälkeen."],
                ["Korjaa vika ja yritä sitten uudelleen alla olevasta linkistä. Lakisääteinen määräaika kuluu sillä välin."]),
            [MailKind.DueReminder] = new(
                "Määräpäivä lähestyy: {reference}",
                ["Pyyntöön {reference} ({type}) on vastattava viimeistään {due}."],
                ["Jos vastaaminen ajoissa ei ole mahdollista, pyytäjälle on ilmoitettava määräajan pidentämisestä syineen ensimmäisen kuukauden aikana (tietosuoja-asetuksen 12 artiklan 3 kohta)."]),
            [MailKind.OverdueEscalation] = new(
                "Määräpäivä ylitetty: {reference}",
                ["Pyynnön {reference} ({type}) määräpäivä oli {due}, eikä siihen ole vastattu."],
                ["Vastaa pyytäjälle viipymättä. Myöhästynyt vastaus rikkoo tietosuoja-asetuksen 12 artiklan 3 kohtaa, ja pyytäjä voi viedä asian valvontaviranomaiselle."]),
            [MailKind.ProcessError] = new(
                "Pyynnön käsittely pysähtyi virheeseen: {reference}",
                ["Pyynnön {reference} ({type}) käsittely on pysähtynyt, koska yksi vaihe epäonnistui toistuvasti."],
                ["Korjaa vika ja yritä uudelleen alla olevasta linkistä. Lakisääteinen määräaika kuluu, vaikka käsittely on pysähtynyt."]),
            [MailKind.ContactForStaff] = new(
                "Yhteydenotto {reference}: {person}",
                ["Yhteydenottolomakkeelta on tullut viesti. Siihen ei liity lakisääteistä määräaikaa, mutta jos viesti on todellisuudessa tietosuojapyyntö, käsittele se sellaisena."],
                ["Vastaa lähettäjälle suoraan tai alla olevan linkin kautta."]),
            [MailKind.RecipientNotice] = new(
                "Ilmoitus tietosuoja-asetuksen 19 artiklan mukaisesti: {controller} ({reference})",
                ["Olemme luovuttaneet teille alla mainittua henkilöä koskevia henkilötietoja. Ilmoitamme tietosuoja-asetuksen 19 artiklan mukaisesti seuraavasta muutoksesta."],
                ["Pyydämme vahvistamaan tekemänne toimenpiteet kirjoittamalla osoitteeseen {contact}; mainitkaa viite {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "Olemme henkilön pyynnöstä oikaisseet virheelliset tiedot. Pyydämme teitä oikaisemaan tiedot myös omissa järjestelmissänne.",
                    [RequestType.Erasure] = "Olemme henkilön pyynnöstä poistaneet hänen tietonsa. Pyydämme teitä poistamaan teille luovutetut tiedot, ellei teillä ole omaa lakisääteistä perustetta niiden säilyttämiseen.",
                    [RequestType.Restriction] = "Olemme henkilön pyynnöstä rajoittaneet hänen tietojensa käsittelyä. Pyydämme teitä rajoittamaan käsittelyn myös omissa järjestelmissänne niin, että tietoja vain säilytetään.",
                },
            },
        },
    };
}
