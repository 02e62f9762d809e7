using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>The mails in Swedish, Finland's second official language (dates written as in Finland).</summary>
internal static class SwedishMailTexts
{
    public static MailTexts Texts { get; } = new()
    {
        Language = Language.Sv,
        FormatDate = date => string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}.{date.Year}"),
        FormatDateTime = time => string.Create(CultureInfo.InvariantCulture, $"{time.Day}.{time.Month}.{time.Year} kl. {time:HH.mm}"),
        Greeting = "Hej {name},",
        GreetingWithoutName = "Hej,",
        Closing = "Med vänliga hälsningar",
        ContactLine = "Frågor om dina personuppgifter kan du skicka till {contact}.",
        ReferenceLabel = "Referens",
        RequestLabel = "Begäran",
        DueDateLabel = "Sista svarsdag",
        ExtendedDueDateLabel = "Ny sista svarsdag",
        DaysLeftLabel = "Dagar kvar",
        DaysOverdueLabel = "Dagar försenad",
        NextHeading = "Vad händer härnäst",
        LinksExpire = "Länkarna fungerar till {expires}.",
        ControllerHeading = "Personuppgiftsansvarig",
        JointControllersHeading = "Gemensamt personuppgiftsansvariga",
        JointControllersText = "Dessa bolag är gemensamt personuppgiftsansvariga för registret (artikel 26 i dataskyddsförordningen). Du kan utöva dina rättigheter gentemot vilket som helst av dem; denna begäran besvaras för dem alla.",
        ReasonsHeading = "Skäl",
        NoteHeading = "Mer information",
        RightsHeading = "Dina rättigheter",
        ComplaintText = "Om du inte håller med kan du lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i dataskyddsförordningen), särskilt i det EU-land där du bor eller arbetar eller där den påstådda överträdelsen har skett. Vi står under tillsyn av:",
        PhoneLabel = "Telefon",
        EmailLabel = "E-post",
        WebsiteLabel = "Webbplats",
        JudicialRemedyText = "Du har också rätt till ett effektivt rättsmedel: du kan föra saken till domstol (artikel 79 i dataskyddsförordningen).",
        ReceiptsHeading = "Vad som gjordes i varje system",
        KeptHeading = "Uppgifter som vi behåller och varför",
        KeptLine = "{source}: {category} (poster: {rows}) – rättslig grund: {ground}",
        KeptUntil = "sparas till {until}",
        RecipientsHeading = "Mottagare som vi har underrättat om ändringen (artikel 19 i dataskyddsförordningen)",
        NoRecipients = "Vi hade inte lämnat ut dessa uppgifter till någon mottagare som skulle behöva underrättas.",
        ReviewReasonsHeading = "Varför begäran behöver ett beslut av en människa",
        PersonHeading = "Sökande",
        NameLabel = "Namn",
        CustomerNumberLabel = "Kundnummer",
        UnverifiedNotUsed = "obekräftat: används inte för att söka uppgifter",
        AgentHeading = "Ombud (agerar för personen)",
        PersonWroteHeading = "Vad sökanden skrev",
        WrongValueLabel = "Felaktig uppgift",
        CorrectValueLabel = "Korrekt uppgift",
        ParticularSituationLabel = "Särskild situation (artikel 21.1)",
        IndustryLabel = "Bransch",
        ServicesLabel = "Tjänster av intresse",
        AnswerHeading = "Sökandens svar",
        QuestionHeading = "Vår fråga",
        SourceLabel = "Datakälla",
        ErrorHeading = "Fel",
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "tillgång till personuppgifter",
            [RequestType.Portability] = "dataportabilitet",
            [RequestType.Rectification] = "rättelse",
            [RequestType.Erasure] = "radering",
            [RequestType.Restriction] = "begränsning av behandling",
            [RequestType.ObjectionToDirectMarketing] = "invändning mot direktmarknadsföring",
            [RequestType.ObjectionOnParticularGrounds] = "invändning mot behandling",
            [RequestType.ConsentWithdrawal] = "återkallande av samtycke",
            [RequestType.Contact] = "kontaktmeddelande",
        },
        TypeCitations = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "artikel 15 i dataskyddsförordningen",
            [RequestType.Portability] = "artikel 20 i dataskyddsförordningen",
            [RequestType.Rectification] = "artikel 16 i dataskyddsförordningen",
            [RequestType.Erasure] = "artikel 17 i dataskyddsförordningen",
            [RequestType.Restriction] = "artikel 18 i dataskyddsförordningen",
            [RequestType.ObjectionToDirectMarketing] = "artikel 21.2 i dataskyddsförordningen",
            [RequestType.ObjectionOnParticularGrounds] = "artikel 21.1 i dataskyddsförordningen",
            [RequestType.ConsentWithdrawal] = "artikel 7.3 i dataskyddsförordningen",
        },
        Outcomes = new Dictionary<SourceOutcome, string>
        {
            [SourceOutcome.NotFound] = "inga uppgifter om dig hittades",
            [SourceOutcome.Exported] = "poster hittade: {found}; med i svaret: {affected}",
            [SourceOutcome.Applied] = "poster hittade: {found}; åtgärdade: {affected}",
            [SourceOutcome.PartlyKept] = "poster hittade: {found}; åtgärdade: {affected}; resten behålls (se nedan)",
            [SourceOutcome.Kept] = "poster hittade: {found}; alla behålls (se nedan)",
            [SourceOutcome.NotSupported] = "systemet kan inte utföra denna åtgärd (se anmärkningen)",
            [SourceOutcome.AwaitingStaff] = "vår personal sköter detta manuellt",
            [SourceOutcome.AwaitingCallback] = "systemet som har uppgifterna svarar separat",
        },
        LinkLabels = new Dictionary<string, string>
        {
            [LinkNames.Verify] = "Bekräfta min begäran",
            [LinkNames.Status] = "Visa status för min begäran",
            [LinkNames.Approve] = "Godkänn",
            [LinkNames.Reject] = "Avslå",
            [LinkNames.Extend] = "Förläng tidsfristen",
            [LinkNames.AskForInformation] = "Be om mer information",
            [LinkNames.Mandate] = "Öppna fullmakten",
            [LinkNames.Release] = "Frigör svaret",
            [LinkNames.Retry] = "Försök igen",
            [LinkNames.Download] = "Ladda ner mina uppgifter",
            [LinkNames.Detail] = "Öppna begäran",
            [LinkNames.Overview] = "Alla öppna begäranden",
            [LinkNames.ConfirmTask] = "Bekräfta uppgiften",
            [LinkNames.MarkHandled] = "Markera som hanterat",
            [LinkNames.Answer] = "Svara",
        },
        Kinds = new Dictionary<MailKind, KindText>
        {
            [MailKind.VerificationRequested] = new(
                "Bekräfta din begäran ({reference})",
                [
                    "Vi har tagit emot din begäran: {type}. Bekräfta via länken nedan att den här e-postadressen är din. Så säkerställer vi att ingen annan begär dina uppgifter i ditt namn.",
                    "Om du inte har gjort denna begäran kan du bortse från meddelandet: utan bekräftelse händer ingenting.",
                ],
                [
                    "När du har bekräftat begäran börjar vi behandla den och håller dig informerad per e-post.",
                    "Vi svarar senast {due}.",
                    "Om länken inte öppnas innan den slutar gälla stängs begäran. Du kan då göra den på nytt.",
                ]),
            [MailKind.VerificationResent] = new(
                "En ny bekräftelselänk ({reference})",
                [
                    "Här är en ny länk för att bekräfta din begäran: {type}. Länken som vi skickade tidigare fungerar inte längre.",
                    "Om du inte bad om en ny länk kan du bortse från meddelandet.",
                ],
                [
                    "När du har bekräftat begäran börjar vi behandla den och håller dig informerad per e-post.",
                    "Vi svarar senast {due}.",
                    "Om länken inte öppnas innan den slutar gälla stängs begäran. Du kan då göra den på nytt.",
                ]),
            [MailKind.RequestAcknowledged] = new(
                "Din begäran är bekräftad ({reference})",
                ["Tack för att du bekräftade din begäran: {type}."],
                [
                    "Vi behandlar din begäran och svarar utan onödigt dröjsmål, senast {due}.",
                    "Om vi behöver mer information av dig frågar vi per e-post. Du kan när som helst se status för din begäran via länken nedan.",
                ]),
            [MailKind.InformationRequested] = new(
                "Vi behöver mer information om din begäran ({reference})",
                ["För att kunna behandla din begäran ({type}) behöver vi lite mer information av dig. Vi frågar bara efter det som behövs för begäran."],
                [
                    "Svara via länken nedan. Vi fortsätter så snart vi har fått ditt svar.",
                    "Sista dag för vårt svar är {due}.",
                ]),
            [MailKind.ExtensionNotice] = new(
                "Vi behöver mer tid för din begäran ({reference})",
                [
                    "Tyvärr kan vi inte besvara din begäran ({type}) inom en månad. Enligt artikel 12.3 i dataskyddsförordningen får tidsfristen förlängas med högst två månader om begäran är komplicerad eller om antalet begäranden är stort. Vi förlänger tidsfristen av de skäl som anges nedan.",
                    "Den nya sista dagen för vårt svar är {extendedDue}.",
                    "Den ursprungliga sista dagen var {due}.",
                ],
                [
                    "Vi fortsätter att behandla din begäran och svarar så snart vi kan, om möjligt före den nya dagen.",
                    "Om du inte godtar förlängningen kan du skriva till oss på {contact}. Du kan också lämna in ett klagomål till tillsynsmyndigheten ({authority}).",
                ]),
            [MailKind.Refusal] = new(
                "Beslut om din begäran ({reference})",
                ["Vi har noggrant gått igenom din begäran ({type}). Vi kan inte tillmötesgå den av de skäl som anges nedan."],
                ["Detta avslutar behandlingen av din begäran. Om du har uppgifter som kan ändra vår bedömning är du välkommen att skriva till oss på {contact} eller göra en ny begäran."]),
            [MailKind.ResponseReady] = new(
                "Svaret på din begäran är klart ({reference})",
                [
                    "Svaret på din begäran ({type}) kan nu laddas ner.",
                    "Filen innehåller dina personuppgifter, så förvara den omsorgsfullt.",
                ],
                ["Om länken hinner sluta gälla innan du laddar ner filen, eller om något verkar saknas, skriv till {contact} och ange referensen {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Access] = "Svaret innehåller de personuppgifter om dig som vi behandlar och den information som du har rätt till enligt artikel 15.1 i dataskyddsförordningen: varför uppgifterna behandlas, vilka slags uppgifter det gäller, vem som får dem, hur länge de sparas, varifrån de kommer, vilka rättigheter du har och om automatiserade beslut eller profilering förekommer. Uppgifter om andra personer har utelämnats (artikel 15.4).",
                    [RequestType.Portability] = "Svaret innehåller de uppgifter som du själv har lämnat till oss och som vi behandlar med stöd av ditt samtycke eller ett avtal, i maskinläsbar form (JSON och CSV), så att du kan flytta dem till en annan tjänst (artikel 20).",
                },
            },
            [MailKind.ActionCompleted] = new(
                "Din begäran har verkställts ({reference})",
                ["Vi har slutfört behandlingen av din begäran ({type})."],
                [
                    "Din begäran är nu slutförd. Vi sparar uppgifter om hur den behandlades under en begränsad tid, för att kunna visa hur begäran sköttes (artikel 5.2 i dataskyddsförordningen).",
                    "Om du anser att något har blivit ogjort kan du skriva till {contact}. Du kan också lämna in ett klagomål till tillsynsmyndigheten ({authority}).",
                ])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "Vi har rättat de felaktiga uppgifterna i alla system där de fanns.",
                    [RequestType.Erasure] = "Vi har raderat dina uppgifter i alla system där de fanns, utom uppgifter som vi enligt lag måste spara eller som vi har annan grund att spara enligt artikel 17.3 i dataskyddsförordningen. Behandlingen av dessa uppgifter har begränsats: vi sparar dem endast för det ändamålet.",
                    [RequestType.Restriction] = "Vi har begränsat behandlingen av dina uppgifter: uppgifterna sparas, men behandlas inte på annat sätt utan ditt samtycke eller annan grund enligt artikel 18.2. Vi meddelar dig innan begränsningen hävs.",
                    [RequestType.ObjectionToDirectMarketing] = "Vi har slutat behandla dina uppgifter för direktmarknadsföring och för profilering som hör ihop med den (artikel 21.3). Vi har fört in dig i vår spärrlista så att du inte längre får marknadsföring från oss.",
                    [RequestType.ObjectionOnParticularGrounds] = "Vi har prövat din invändning och slutat behandla dina uppgifter i den mån du invände mot behandlingen, om inte annat anges nedan.",
                    [RequestType.ConsentWithdrawal] = "Vi har slutat med den behandling som grundade sig på ditt samtycke. Återkallandet påverkar inte lagligheten av behandlingen innan det gjordes (artikel 7.3).",
                },
            },
            [MailKind.WithdrawalConfirmed] = new(
                "Din begäran har återkallats ({reference})",
                ["Du har återkallat din begäran ({type}), och vi har slutat behandla den."],
                ["Du behöver inte göra något. Du är välkommen att göra en ny begäran när som helst."]),
            [MailKind.ClosedUnverified] = new(
                "Din begäran stängdes utan bekräftelse ({reference})",
                ["Vi fick ingen bekräftelse av din begäran ({type}), eftersom bekräftelselänken inte öppnades innan den slutade gälla. Därför har begäran stängts utan att behandlas."],
                ["Om du fortfarande vill utöva din rättighet är du välkommen att göra en ny begäran när som helst. Om du inte har gjort begäran behöver du inte göra något."]),
            [MailKind.ContactReceived] = new(
                "Vi har tagit emot ditt meddelande ({reference})",
                ["Tack för ditt meddelande. Vi har tagit emot det och skickat det vidare till vår personal."],
                ["Vi svarar dig per e-post så snart vi kan. Om ditt meddelande gäller behandlingen av dina personuppgifter kan du också göra en begäran enligt dataskyddsförordningen, som vi besvarar inom den tid som lagen anger."]),
            [MailKind.AgentRequestNotice] = new(
                "En begäran om dina personuppgifter har gjorts för din räkning ({reference})",
                ["{agent} har för din räkning begärt av {controller}: {type}. Ombudet skickade oss en fullmakt från dig, som vi har kontrollerat."],
                [
                    "Om vi inte hör annat från dig svarar vi ombudet efter {proceed}.",
                    "Om du inte har gett någon fullmakt, skriv genast till {contact} och ange referensen {reference}: då stoppar vi begäran.",
                ]),
            [MailKind.StaffReviewRequested] = new(
                "Begäran att granska: {reference} ({typeName})",
                ["Begäran {reference} ({type}) väntar på ditt beslut."],
                ["Välj nedan: godkänn; avslå (sökanden får dina skäl och information om rätten att klaga); förläng tidsfristen (sökanden får skälen inom den första månaden); eller be sökanden om mer information. Varje länk öppnar först en bekräftelsesida: ingenting händer förrän du bekräftar."]),
            [MailKind.ExportReleaseRequested] = new(
                "Svar som väntar på att frigöras: {reference}",
                [
                    "Svaret på begäran {reference} ({type}) har sammanställts och väntar på att du frigör det.",
                    "Kontrollera innan du frigör svaret att det inte innehåller uppgifter om andra personer (artikel 15.4 i dataskyddsförordningen).",
                ],
                ["Frigör svaret via länken nedan; sökanden får därefter en nedladdningslänk."]),
            [MailKind.ManualTaskRequested] = new(
                "Manuell uppgift: {source} ({reference})",
                ["Begäran {reference} ({type}) kräver åtgärder i {source}, ett system som inte är automatiskt anslutet."],
                ["Utför åtgärderna i {source} och bekräfta sedan via länken nedan vad du hittade och vad du gjorde. Din bekräftelse blir en del av redogörelsen till sökanden."]),
            [MailKind.SourceFailed] = new(
                "Datakälla som inte svarar: {source} ({reference})",
                ["Datakällan {source} misslyckades för begäran {reference} ({type}) även efter automatiska nya försök."],
                ["Åtgärda felet och försök sedan igen via länken nedan. Den lagstadgade tidsfristen löper under tiden."]),
            [MailKind.DueReminder] = new(
                "Tidsfristen närmar sig: {reference}",
                ["Begäran {reference} ({type}) ska besvaras senast {due}."],
                ["Om begäran inte kan besvaras i tid måste sökanden underrättas om förlängningen och skälen till den inom den första månaden (artikel 12.3 i dataskyddsförordningen)."]),
            [MailKind.OverdueEscalation] = new(
                "Tidsfristen har gått ut: {reference}",
                ["Sista svarsdag för begäran {reference} ({type}) var {due}, och den har inte besvarats."],
                ["Svara sökanden utan dröjsmål. Ett försenat svar strider mot artikel 12.3 i dataskyddsförordningen, och sökanden kan vända sig till tillsynsmyndigheten."]),
            [MailKind.ProcessError] = new(
                "Begäran stoppad av ett fel: {reference}",
                ["Behandlingen av begäran {reference} ({type}) har stoppats eftersom ett steg misslyckades upprepade gånger."],
                ["Åtgärda felet och försök igen via länken nedan. Den lagstadgade tidsfristen löper även när behandlingen står stilla."]),
            [MailKind.ContactForStaff] = new(
                "Kontaktmeddelande {reference}: {person}",
                ["Ett meddelande har kommit in via kontaktformuläret. Det har ingen lagstadgad tidsfrist, men om det i själva verket är en begäran enligt dataskyddsförordningen ska det behandlas som en sådan."],
                ["Svara avsändaren direkt eller via länken nedan."]),
            [MailKind.RecipientNotice] = new(
                "Underrättelse enligt artikel 19 i dataskyddsförordningen: {controller} ({reference})",
                ["Vi har lämnat ut personuppgifter om personen nedan till er. Enligt artikel 19 i dataskyddsförordningen underrättar vi er om följande ändring."],
                ["Vi ber er bekräfta vad ni har gjort genom att skriva till {contact} och ange referensen {reference}."])
            {
                ByType = new Dictionary<RequestType, string>
                {
                    [RequestType.Rectification] = "På personens begäran har vi rättat felaktiga uppgifter. Vi ber er rätta uppgifterna även i era system.",
                    [RequestType.Erasure] = "På personens begäran har vi raderat personens uppgifter. Vi ber er radera de uppgifter som vi har lämnat ut till er, om ni inte har en egen rättslig grund att spara dem.",
                    [RequestType.Restriction] = "På personens begäran har vi begränsat behandlingen av personens uppgifter. Vi ber er begränsa behandlingen även i era system så att uppgifterna endast sparas.",
                },
            },
        },
    };
}
