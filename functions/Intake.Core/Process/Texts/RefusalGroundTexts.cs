using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Core.Process.Texts;

/// <summary>
/// The template reasons of a refusal, as the letter states them to the person: the ground and the
/// article it rests on. Staff may add detail, which the letter prints after this text.
/// </summary>
public static class RefusalGroundTexts
{
    public static Translations<IReadOnlyDictionary<RefusalGround, string>> All { get; } = new(
        fi: new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta).",
            [RefusalGround.ManifestlyExcessive] = "Pyyntö on kohtuuton, erityisesti toistuvan luonteensa vuoksi (12 artiklan 5 kohta).",
            [RefusalGround.IdentityNotEstablished] = "Emme pysty varmistamaan henkilöllisyyttäsi emmekä siksi tunnistamaan tietojasi (11 artiklan 2 kohta ja 12 artiklan 6 kohta).",
            [RefusalGround.ErasureException] = "Tietoja ei voida poistaa, koska säilyttäminen on tarpeen lakisääteisen velvoitteen täyttämiseksi tai oikeusvaateen vuoksi (17 artiklan 3 kohta).",
            [RefusalGround.CompellingLegitimateGrounds] = "Käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää vastustamisen perusteet (21 artiklan 1 kohta).",
            [RefusalGround.RightsOfOthers] = "Tietojen luovuttaminen vaikuttaisi haitallisesti muiden henkilöiden oikeuksiin ja vapauksiin (15 artiklan 4 kohta).",
            [RefusalGround.MandateNotShown] = "Asiamiehen valtuutusta toimia puolestasi ei ole osoitettu.",
        },
        sv: new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Begäran är uppenbart ogrundad (artikel 12.5 i dataskyddsförordningen).",
            [RefusalGround.ManifestlyExcessive] = "Begäran är orimlig, särskilt på grund av dess repetitiva karaktär (artikel 12.5).",
            [RefusalGround.IdentityNotEstablished] = "Vi kan inte bekräfta din identitet och därför inte identifiera dina uppgifter (artiklarna 11.2 och 12.6).",
            [RefusalGround.ErasureException] = "Uppgifterna kan inte raderas eftersom de behövs för att uppfylla en rättslig förpliktelse eller för rättsliga anspråk (artikel 17.3).",
            [RefusalGround.CompellingLegitimateGrounds] = "Det finns tvingande berättigade skäl för behandlingen som väger tyngre än skälen för invändningen (artikel 21.1).",
            [RefusalGround.RightsOfOthers] = "Ett utlämnande skulle inverka menligt på andras rättigheter och friheter (artikel 15.4).",
            [RefusalGround.MandateNotShown] = "Ombudets fullmakt att företräda dig har inte visats.",
        },
        en: new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "The request is manifestly unfounded (Article 12(5) GDPR).",
            [RefusalGround.ManifestlyExcessive] = "The request is manifestly excessive, in particular because of its repetitive character (Article 12(5)).",
            [RefusalGround.IdentityNotEstablished] = "We cannot confirm your identity and so cannot identify your data (Articles 11(2) and 12(6)).",
            [RefusalGround.ErasureException] = "The data cannot be erased because keeping it is necessary to comply with a legal obligation or for legal claims (Article 17(3)).",
            [RefusalGround.CompellingLegitimateGrounds] = "There are compelling legitimate grounds for the processing which override the grounds of the objection (Article 21(1)).",
            [RefusalGround.RightsOfOthers] = "Disclosure would adversely affect the rights and freedoms of others (Article 15(4)).",
            [RefusalGround.MandateNotShown] = "The agent's mandate to act for you has not been shown.",
        },
        et: new Dictionary<RefusalGround, string>
        {
            [RefusalGround.ManifestlyUnfounded] = "Taotlus on ilmselgelt põhjendamatu (isikuandmete kaitse üldmääruse artikli 12 lõige 5).",
            [RefusalGround.ManifestlyExcessive] = "Taotlus on ülemäärane, eelkõige selle korduva iseloomu tõttu (artikli 12 lõige 5).",
            [RefusalGround.IdentityNotEstablished] = "Me ei saa teie isikusamasust kinnitada ega seetõttu ka teie andmeid tuvastada (artikli 11 lõige 2 ja artikli 12 lõige 6).",
            [RefusalGround.ErasureException] = "Andmeid ei saa kustutada, sest nende säilitamine on vajalik juriidilise kohustuse täitmiseks või õigusnõuete jaoks (artikli 17 lõige 3).",
            [RefusalGround.CompellingLegitimateGrounds] = "Töötlemiseks on mõjuvad õiguspärased põhjused, mis kaaluvad üles vastuväite aluseks olevad põhjused (artikli 21 lõige 1).",
            [RefusalGround.RightsOfOthers] = "Andmete avaldamine kahjustaks teiste isikute õigusi ja vabadusi (artikli 15 lõige 4).",
            [RefusalGround.MandateNotShown] = "Esindaja ei ole tõendanud volitust teie nimel tegutseda.",
        });

    public static string Describe(RefusalGround ground, Language language) =>
        All.For(language).TryGetValue(ground, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(ground), ground, null);
}
