using Intake.Core.Requests;

namespace Intake.Core.Process.Texts;

/// <summary>
/// The template reasons of a refusal, as the letter states them to the person: the ground and the
/// article it rests on. Staff may add detail, which the letter prints after this text.
/// </summary>
public static class RefusalGroundTexts
{
    public static string Describe(RefusalGround ground, Language language) => (language, ground) switch
    {
        (Language.Fi, RefusalGround.ManifestlyUnfounded) => "Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta).",
        (Language.Fi, RefusalGround.ManifestlyExcessive) => "Pyyntö on kohtuuton, erityisesti toistuvan luonteensa vuoksi (12 artiklan 5 kohta).",
        (Language.Fi, RefusalGround.IdentityNotEstablished) => "Emme pysty varmistamaan henkilöllisyyttäsi emmekä siksi tunnistamaan tietojasi (11 artiklan 2 kohta ja 12 artiklan 6 kohta).",
        (Language.Fi, RefusalGround.ErasureException) => "Tietoja ei voida poistaa, koska säilyttäminen on tarpeen lakisääteisen velvoitteen täyttämiseksi tai oikeusvaateen vuoksi (17 artiklan 3 kohta).",
        (Language.Fi, RefusalGround.CompellingLegitimateGrounds) => "Käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää vastustamisen perusteet (21 artiklan 1 kohta).",
        (Language.Fi, RefusalGround.RightsOfOthers) => "Tietojen luovuttaminen vaikuttaisi haitallisesti muiden henkilöiden oikeuksiin ja vapauksiin (15 artiklan 4 kohta).",
        (Language.Fi, RefusalGround.MandateNotShown) => "Asiamiehen valtuutusta toimia puolestasi ei ole osoitettu.",
        (Language.Sv, RefusalGround.ManifestlyUnfounded) => "Begäran är uppenbart ogrundad (artikel 12.5 i dataskyddsförordningen).",
        (Language.Sv, RefusalGround.ManifestlyExcessive) => "Begäran är orimlig, särskilt på grund av dess repetitiva karaktär (artikel 12.5).",
        (Language.Sv, RefusalGround.IdentityNotEstablished) => "Vi kan inte bekräfta din identitet och därför inte identifiera dina uppgifter (artiklarna 11.2 och 12.6).",
        (Language.Sv, RefusalGround.ErasureException) => "Uppgifterna kan inte raderas eftersom de behövs för att uppfylla en rättslig förpliktelse eller för rättsliga anspråk (artikel 17.3).",
        (Language.Sv, RefusalGround.CompellingLegitimateGrounds) => "Det finns tvingande berättigade skäl för behandlingen som väger tyngre än skälen för invändningen (artikel 21.1).",
        (Language.Sv, RefusalGround.RightsOfOthers) => "Ett utlämnande skulle inverka menligt på andras rättigheter och friheter (artikel 15.4).",
        (Language.Sv, RefusalGround.MandateNotShown) => "Ombudets fullmakt att företräda dig har inte visats.",
        (_, RefusalGround.ManifestlyUnfounded) => "The request is manifestly unfounded (Article 12(5) GDPR).",
        (_, RefusalGround.ManifestlyExcessive) => "The request is manifestly excessive, in particular because of its repetitive character (Article 12(5)).",
        (_, RefusalGround.IdentityNotEstablished) => "We cannot confirm your identity and so cannot identify your data (Articles 11(2) and 12(6)).",
        (_, RefusalGround.ErasureException) => "The data cannot be erased because keeping it is necessary to comply with a legal obligation or for legal claims (Article 17(3)).",
        (_, RefusalGround.CompellingLegitimateGrounds) => "There are compelling legitimate grounds for the processing which override the grounds of the objection (Article 21(1)).",
        (_, RefusalGround.RightsOfOthers) => "Disclosure would adversely affect the rights and freedoms of others (Article 15(4)).",
        (_, RefusalGround.MandateNotShown) => "The agent's mandate to act for you has not been shown.",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, null),
    };
}
