using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// The wordings the classifier knows, in Finnish, Swedish, English and Estonian. Stems are cut before the
/// point where Finnish inflection and consonant gradation change the word (<c>pyyntö</c> →
/// <c>pyynnön</c>: stem <c>pyyn</c>). Weights: 5–6 names the right itself ("tarkastuspyyntö", "right
/// to be forgotten"), 4 a clear request ("poistakaa tietoni"), 3 a strong hint, 1–2 a word that also
/// occurs in other requests ("delete", "marketing"). The list is public so that documentation and
/// tests can show exactly what is matched.
/// </summary>
public static class ClassifierLexicon
{
    public static IReadOnlyList<ClassifierTerm> Terms { get; } = Build();

    private static List<ClassifierTerm> Build()
    {
        var terms = new List<ClassifierTerm>();

        void Add(RequestType type, Language language, string pattern, int weight, bool statesSituation = false) =>
            terms.Add(new ClassifierTerm(type, language, pattern, weight, statesSituation));

        const string FiData = "tieto*|tiedo*|henkilötie*";
        const string SvData = "uppgift*|personuppgift*|data";
        const string EnData = "data|information|details|records|personal|profile|account";
        // Estonian "andmed" inflects on the stem (andmeid, andmete, andmetega); "isikuandmed" likewise.
        const string EtData = "andme*|isikuandme*";
        const string Article = "article|art|artikla*|artikel*";

        // Access, Art 15.
        var access = RequestType.Access;
        Add(access, Language.Fi, "tarkastuspyyn*", 5);
        Add(access, Language.Fi, "tarkastusoikeu*", 5);
        Add(access, Language.Fi, $"tarkast*|tarkist* {FiData}", 3);
        Add(access, Language.Fi, $"{FiData} tarkast*|tarkist*", 3);
        Add(access, Language.Fi, $"nähdä {FiData}", 4);
        Add(access, Language.Fi, $"pääsy {FiData}", 4);
        Add(access, Language.Fi, $"kopio* {FiData}", 4);
        Add(access, Language.Fi, $"saada|tietää {FiData}", 2);
        Add(access, Language.Fi, $"mitä {FiData}", 2);
        Add(access, Language.Sv, "insyn*", 5);
        Add(access, Language.Sv, "registerutdrag*", 5);
        Add(access, Language.Sv, "utdrag*", 2);
        Add(access, Language.Sv, $"tillgång* {SvData}", 4);
        Add(access, Language.Sv, $"kopia* {SvData}", 4);
        Add(access, Language.Sv, $"vilka {SvData}", 3);
        Add(access, Language.En, "access request", 5);
        Add(access, Language.En, "subject access", 5);
        Add(access, Language.En, "dsar|sar", 4);
        Add(access, Language.En, "right access", 5);
        Add(access, Language.En, "access data|information|records", 3);
        Add(access, Language.En, "copy|copies data|information|records", 4);
        Add(access, Language.En, "what data|information hold|have|store*|keep|process*", 3);
        Add(access, Language.En, $"{Article} 15", 4);
        Add(access, Language.En, "15 artikla*|artikel*", 4);
        Add(access, Language.Et, "juurdepääsuõigus*", 5);
        Add(access, Language.Et, "juurdepääs*", 4);
        Add(access, Language.Et, $"tutvu* {EtData}", 4);
        Add(access, Language.Et, $"koopia* {EtData}", 4);
        Add(access, Language.Et, $"milliseid|mis {EtData}", 3);

        // Erasure, Art 17.
        var erasure = RequestType.Erasure;
        Add(erasure, Language.Fi, $"poist* {FiData}|tili*|asiakastie*", 4);
        Add(erasure, Language.Fi, $"{FiData} poist*", 4);
        Add(erasure, Language.Fi, "unohdet*", 5);
        Add(erasure, Language.Fi, "poistopyyn*", 5);
        Add(erasure, Language.Fi, "poist* minut", 2);
        Add(erasure, Language.Fi, "poist*", 1);
        Add(erasure, Language.Sv, "rader*", 4);
        Add(erasure, Language.Sv, "*glömd*", 5);
        Add(erasure, Language.Sv, $"bort {SvData}|konto*", 4);
        Add(erasure, Language.Sv, $"{SvData} bort|raderas", 3);
        Add(erasure, Language.En, $"delet*|eras*|remov* {EnData}", 4);
        Add(erasure, Language.En, "delet*|eras*", 2);
        Add(erasure, Language.En, "be forgotten", 5);
        Add(erasure, Language.En, "forget me", 4);
        Add(erasure, Language.En, $"{Article} 17", 4);
        Add(erasure, Language.En, "17 artikla*|artikel*", 4);
        Add(erasure, Language.Et, "unustat*", 5);
        Add(erasure, Language.Et, $"kustut* {EtData}|konto*", 4);
        Add(erasure, Language.Et, $"{EtData} kustut*", 4);
        Add(erasure, Language.Et, "kustut*", 2);

        // Rectification, Art 16.
        var rectification = RequestType.Rectification;
        const string FiFields = "tieto*|tiedo*|osoit*|nimi*|nime*|puhelin*|sähköpost*";
        Add(rectification, Language.Fi, "oikai*", 5);
        Add(rectification, Language.Fi, "korja*", 3);
        Add(rectification, Language.Fi, "virheelli*|väärin|vanhentun*", 2);
        Add(rectification, Language.Fi, $"päivit* {FiFields}", 4);
        Add(rectification, Language.Fi, $"muutta*|muuttu*|muutos* {FiFields}", 2);
        Add(rectification, Language.Fi, $"{FiFields} päivit*|muutta*|muuttu*|korja*", 3);
        Add(rectification, Language.Sv, "rättelse*", 5);
        Add(rectification, Language.Sv, "rätta*", 4);
        Add(rectification, Language.Sv, "korriger*", 4);
        Add(rectification, Language.Sv, "felaktig*|inkorrekt*", 2);
        Add(rectification, Language.Sv, $"uppdater* {SvData}|*adress*|namn*|telefon*|post*", 3);
        Add(rectification, Language.En, "rectif*", 5);
        Add(rectification, Language.En, "correct* data|information|address|name|details|record*|email|phone|spelling", 4);
        Add(rectification, Language.En, "incorrect*|inaccurate*|wrong|outdated|misspel*", 2);
        Add(rectification, Language.En, "updat*|chang*|amend* data|information|address|name|details|record*|email|phone", 3);
        Add(rectification, Language.En, $"{Article} 16", 4);
        Add(rectification, Language.En, "16 artikla*|artikel*", 4);
        // "e-post" is two words once folded ("e", "post"), so the field is matched by its second half.
        const string EtFields = $"{EtData}|aadress*|nim*|telefon*|post*";
        Add(rectification, Language.Et, $"parand* {EtFields}", 4);
        Add(rectification, Language.Et, "parand*", 3);
        Add(rectification, Language.Et, "ebaõige*|vigane|vigased|aegunud", 2);
        Add(rectification, Language.Et, $"uuend* {EtFields}", 3);

        // Restriction, Art 18.
        var restriction = RequestType.Restriction;
        Add(restriction, Language.Fi, "rajoit*", 3);
        Add(restriction, Language.Fi, "käsittely* rajoit*", 5);
        Add(restriction, Language.Fi, "rajoit* käsittely*", 5);
        Add(restriction, Language.Sv, "begräns*", 4);
        Add(restriction, Language.Sv, "begräns* behandling*", 5);
        Add(restriction, Language.En, "restrict*", 3);
        Add(restriction, Language.En, "restrict* process*|use", 5);
        Add(restriction, Language.En, "limit* process*|use", 3);
        Add(restriction, Language.En, $"{Article} 18", 4);
        Add(restriction, Language.En, "18 artikla*|artikel*", 4);
        // Whole forms, not a stem: "piira*" would also match the Finnish "piirakka" (a pie).
        const string EtRestrict = "piirata|piiramine|piiramist|piirake";
        Add(restriction, Language.Et, EtRestrict, 3);
        Add(restriction, Language.Et, $"{EtRestrict} töötlemi*|kasutami*", 5);
        Add(restriction, Language.Et, "töötlemi* piirami*", 5);

        // Objection to direct marketing, Art 21(2)-(3).
        var marketing = RequestType.ObjectionToDirectMarketing;
        const string FiLists = "postituslist*|sähköpostilist*|markkinointilist*|jakelulist*|uutiskirje*";
        Add(marketing, Language.Fi, "suoramarkkinoin*", 4);
        Add(marketing, Language.Fi, "*markkinointikiel*", 5);
        Add(marketing, Language.Fi, "*markkinoin*", 2);
        Add(marketing, Language.Fi, "en halua *markkinoin*|mainok*|mainos*|uutiskirje*|tarjou*|viestej*", 5);
        Add(marketing, Language.Fi, "kiel* *markkinoin*", 4);
        Add(marketing, Language.Fi, "*markkinoin* kiel*", 4);
        Add(marketing, Language.Fi, $"poist* {FiLists}", 4);
        Add(marketing, Language.Fi, FiLists, 2);
        Add(marketing, Language.Fi, "peru* uutiskirje*|tilau*", 2);
        Add(marketing, Language.Fi, "mainos*|mainok*", 1);
        Add(marketing, Language.Sv, "direktmarknadsföring*", 5);
        Add(marketing, Language.Sv, "*marknadsför*", 2);
        Add(marketing, Language.Sv, "reklam*", 2);
        Add(marketing, Language.Sv, "nyhetsbrev*", 2);
        Add(marketing, Language.Sv, "avregistrer*|avprenumer*|avanmäl*", 3);
        Add(marketing, Language.Sv, "vill inte ha|få reklam*|*marknadsför*|nyhetsbrev*|utskick*|erbjudand*", 5);
        Add(marketing, Language.Sv, "sluta reklam*|*marknadsför*|nyhetsbrev*|utskick*", 4);
        Add(marketing, Language.En, "unsubscrib*", 4);
        Add(marketing, Language.En, "direct marketing", 5);
        Add(marketing, Language.En, "marketing", 2);
        Add(marketing, Language.En, "stop|more marketing|newsletter*|promotion*|advert*|offers|mailings", 5);
        Add(marketing, Language.En, "newsletter*", 2);
        Add(marketing, Language.En, "opt out", 3);
        Add(marketing, Language.En, "mailing list", 2);
        Add(marketing, Language.En, "remov* mailing|list|newsletter*", 4);
        Add(marketing, Language.Et, "otseturundus*", 5);
        Add(marketing, Language.Et, "turundus*", 2);
        Add(marketing, Language.Et, "uudiskir*", 2);
        Add(marketing, Language.Et, "ei soovi turundus*|reklaam*|uudiskir*|pakkumis*", 5);
        Add(marketing, Language.Et, "loobu* turundus*|uudiskir*|pakkumis*|reklaam*|tellimus*", 4);
        Add(marketing, Language.Et, "reklaam*", 1);

        // Objection on grounds relating to a particular situation, Art 21(1).
        var objection = RequestType.ObjectionOnParticularGrounds;
        Add(objection, Language.Fi, "vastust*", 3);
        Add(objection, Language.Fi, "vastust* käsittely*|profiloin*", 5);
        Add(objection, Language.Fi, "käsittely* vastust*", 5);
        Add(objection, Language.Fi, "erityi* tilante*|syy*", 4, statesSituation: true);
        Add(objection, Language.Fi, "henkilökohtai* tilante*|syy*", 4, statesSituation: true);
        Add(objection, Language.Fi, "oikeutet* etu*|edu*", 2);
        Add(objection, Language.Sv, "invänd*", 4);
        Add(objection, Language.Sv, "invänd* behandling*", 5);
        Add(objection, Language.Sv, "motsätt*", 2);
        Add(objection, Language.Sv, "särskild* situation|skäl", 4, statesSituation: true);
        Add(objection, Language.Sv, "berättigat|berättigade intresse*", 2);
        Add(objection, Language.En, "object*", 3);
        Add(objection, Language.En, "object* process*|profiling", 5);
        Add(objection, Language.En, "particular|specific|personal situation|grounds|circumstances", 4, statesSituation: true);
        Add(objection, Language.En, "legitimate interest*", 2);
        Add(objection, Language.En, $"{Article} 21", 3);
        Add(objection, Language.En, "21 artikla*|artikel*", 3);
        Add(objection, Language.Et, "vastuväi*", 4);
        Add(objection, Language.Et, "vastuväi* töötlemi*|profileeri*", 5);
        Add(objection, Language.Et, "eri* olukor*|asjaolu*", 4, statesSituation: true);
        Add(objection, Language.Et, "õigustatud huvi*", 2);

        // Portability, Art 20.
        var portability = RequestType.Portability;
        Add(portability, Language.Fi, "siirrettävyy*", 5);
        Add(portability, Language.Fi, "koneluettav*", 4);
        Add(portability, Language.Fi, $"siirt* {FiData}", 3);
        Add(portability, Language.Sv, "*portabilitet*", 5);
        Add(portability, Language.Sv, "maskinläsbar*", 4);
        Add(portability, Language.Sv, $"flytt*|överför* {SvData}", 3);
        Add(portability, Language.En, "portab*", 5);
        Add(portability, Language.En, "machine readable", 4);
        Add(portability, Language.En, "transfer*|move|port data|information", 3);
        Add(portability, Language.En, $"{Article} 20", 4);
        Add(portability, Language.En, "20 artikla*|artikel*", 4);
        Add(portability, Language.Et, "ülekantav*", 5);
        Add(portability, Language.Et, "masinloetav*", 4);
        Add(portability, Language.Et, $"{EtData} ülekand*|üle", 3);

        // Withdrawal of consent, Art 7(3).
        var withdrawal = RequestType.ConsentWithdrawal;
        Add(withdrawal, Language.Fi, "peru* suostumu*", 6);
        Add(withdrawal, Language.Fi, "suostumu* peru*", 6);
        Add(withdrawal, Language.Fi, "suostumu*", 2);
        Add(withdrawal, Language.Sv, "återkall* samtyck*", 6);
        Add(withdrawal, Language.Sv, "samtyck* återkall*", 6);
        Add(withdrawal, Language.Sv, "drar tillbaka samtyck*", 6);
        Add(withdrawal, Language.Sv, "samtyck*", 2);
        Add(withdrawal, Language.En, "withdraw*|revok* consent", 6);
        Add(withdrawal, Language.En, "consent withdraw*|revok*", 6);
        Add(withdrawal, Language.En, "consent", 2);
        Add(withdrawal, Language.Et, "nõusolek* tagasi*", 6);
        Add(withdrawal, Language.Et, "tühista* nõusolek*", 6);
        Add(withdrawal, Language.Et, "nõusolek*", 2);

        return terms;
    }
}
