using Intake.Core.Process;

namespace Intake.Web.Texts;

/// <summary>The status pages in Finnish.</summary>
public static class StatusTextsFi
{
    public static StatusTexts Table { get; } = new()
    {
        Title = "Pyyntösi tilanne",
        ReferenceLabel = "Viitenumero",
        TypeLabel = "Pyyntö",
        ControllerLabel = "Rekisterinpitäjä",
        ReceivedLabel = "Vastaanotettu",
        DueLabel = "Vastaamme viimeistään",
        OriginalDueLabel = "Alkuperäinen määräpäivä",
        ExtendedLabel = "Määräaikaa on jatkettu",
        ExtensionReasonLabel = "Jatkamisen syy",
        StepLabel = "Vaihe",
        Stages = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "Odotamme, että vahvistat sähköpostiosoitteesi viestissä olevasta linkistä.",
            [Stage.AwaitingStaffReview] = "Henkilökuntamme tarkistaa pyyntöä.",
            [Stage.AwaitingInformation] = "Tarvitsemme sinulta lisätietoja. Vastaa kysymykseen alla.",
            [Stage.SubjectNoticePeriod] = "Olemme kertoneet pyynnöstä henkilölle, jota tiedot koskevat, hänen omaan osoitteeseensa. Jatkamme muutaman päivän kuluttua, ellei hän vastusta.",
            [Stage.InProgress] = "Käsittelemme pyyntöä järjestelmissämme.",
            [Stage.Assembling] = "Kokoamme tietojasi vastausta varten.",
            [Stage.AwaitingRelease] = "Vastaus on koottu, ja tarkistamme sen ennen lähettämistä.",
            [Stage.Delivered] = "Vastaus on lähetetty sinulle.",
            [Stage.Completed] = "Pyyntö on käsitelty.",
            [Stage.Refused] = "Emme voineet toteuttaa pyyntöä. Perustelut ovat sähköpostiviestissä, jonka lähetimme.",
            [Stage.Withdrawn] = "Peruit pyynnön.",
            [Stage.ClosedUnverified] = "Pyyntö suljettiin, koska sähköpostiosoitetta ei vahvistettu ajoissa. Voit tehdä uuden pyynnön.",
            [Stage.Error] = "Käsittelyssä on tekninen ongelma, jota henkilökuntamme selvittää. Määräaika on edelleen voimassa.",
            [Stage.Purged] = "Pyyntö on suljettu, ja sen tiedot on poistettu.",
        },
        ActionsHeading = "Mitä voit tehdä",
        NothingToDo = "Sinun ei tarvitse tehdä nyt mitään.",
        ResendText = "Eikö vahvistuslinkkiä kuulunut, tai onko se vanhentunut?",
        ResendButton = "Lähetä uusi vahvistuslinkki",
        ResendDone = "Lähetimme uuden vahvistuslinkin. Aiempi linkki ei enää toimi.",
        QuestionLabel = "Kysymyksemme",
        AnswerLabel = "Vastauksesi",
        AnswerHint = "Kerro vain se, mitä kysyimme.",
        AnswerButton = "Lähetä vastaus",
        AnswerDone = "Kiitos. Välitimme vastauksesi henkilökunnalle.",
        AnswerMissing = "Kirjoita vastaus.",
        DownloadInMail = "Vastauksesi on valmis. Latauslinkki on sähköpostiviestissä, jonka lähetimme sinulle.",
        DownloadUntil = date => $"Latauslinkki toimii {date} asti.",
        WithdrawText = "Voit perua pyynnön, jos et enää halua, että käsittelemme sen.",
        WithdrawLink = "Peru pyyntö",
        ConfirmWithdrawTitle = "Haluatko perua pyynnön?",
        ConfirmWithdrawText = "Peruttua pyyntöä ei voi jatkaa, mutta voit tehdä uuden pyynnön milloin tahansa.",
        ConfirmWithdrawButton = "Kyllä, peru pyyntö",
        KeepRequest = "Älä peru, palaa pyynnön tilanteeseen",
        WithdrawDone = "Pyyntö on peruttu. Lähetimme vahvistuksen sähköpostiisi.",
        BackToStatus = "Takaisin pyynnön tilanteeseen",

        DoneTitle = "Valmis",
        NotDoneTitle = "Tätä ei voitu tehdä",
        TooManyLinks = "Tähän pyyntöön ei voi enää lähettää uusia vahvistuslinkkejä. Tee uusi pyyntö tai ota yhteyttä rekisterinpitäjään.",
        NotNow = "Tätä ei voi tehdä pyynnön nykyisessä vaiheessa.",
        Closed = "Pyyntö on jo suljettu.",
        Queued = "Vastaanotettu. Pyynnön tilanne päivittyy hetken kuluttua.",

        ExpiredTitle = "Linkki on vanhentunut",
        ExpiredBody = "Tämä linkki ei ole enää voimassa. Jos tarvitset tietoa pyynnöstäsi, ota yhteyttä rekisterinpitäjään ja mainitse viitenumero.",
        InvalidTitle = "Linkki ei kelpaa",
        InvalidBody = "Linkki on muuttunut matkalla tai se ei ole meidän lähettämämme. Kopioi linkki sähköpostiviestistä kokonaisena.",
        GoneTitle = "Pyyntöä ei löydy",
        GoneBody = "Pyyntöä ei enää ole: suljetun pyynnön tiedot poistetaan säilytysajan jälkeen.",
    };
}
