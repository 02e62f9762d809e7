using Intake.Core.Inbound;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Inbound;

public sealed class RequestClassifierTests
{
    [Theory]
    [InlineData("Tarkastuspyyntö", "")]
    [InlineData("", "Hei, haluan tehdä tarkastuspyynnön henkilötiedoistani.")]
    [InlineData("", "Pyydän saada nähdä tietoni, joita rekisterissänne on.")]
    [InlineData("", "Käytän tarkastusoikeuttani.")]
    [InlineData("", "TARKASTUSPYYNTO: mita tietoja teilla on minusta?")]
    [InlineData("Tietojen tarkastaminen", "")]
    [InlineData("", "Voisitteko lähettää kopion tiedoistani?")]
    [InlineData("", "Haluan tietää, mitä tietoja teillä on minusta.")]
    public void Finnish_access_requests_are_access(string subject, string body) =>
        AssertCertain(RequestType.Access, subject, body);

    [Theory]
    [InlineData("Begäran om registerutdrag", "")]
    [InlineData("", "Jag vill ha insyn i vilka personuppgifter ni behandlar om mig.")]
    [InlineData("", "Jag begär tillgång till mina personuppgifter.")]
    [InlineData("", "Skicka mig en kopia av mina uppgifter.")]
    public void Swedish_access_requests_are_access(string subject, string body) =>
        AssertCertain(RequestType.Access, subject, body);

    [Theory]
    [InlineData("Subject access request", "")]
    [InlineData("", "I would like a copy of my personal data.")]
    [InlineData("", "Under Article 15 GDPR, please tell me what data you hold about me.")]
    [InlineData("DSAR", "")]
    [InlineData("", "I am exercising my right of access.")]
    public void English_access_requests_are_access(string subject, string body) =>
        AssertCertain(RequestType.Access, subject, body);

    [Theory]
    [InlineData("", "Poistakaa tietoni rekisteristänne.")]
    [InlineData("Oikeus tulla unohdetuksi", "")]
    [InlineData("", "Haluan, että kaikki tietoni poistetaan.")]
    [InlineData("", "poista tietoni")]
    [InlineData("Poistopyyntö", "")]
    [InlineData("", "Radera mina personuppgifter.")]
    [InlineData("", "Jag vill bli glömd.")]
    [InlineData("", "Ta bort mina uppgifter ur ert register.")]
    [InlineData("", "Please delete my account and all my data.")]
    [InlineData("Right to be forgotten", "")]
    [InlineData("", "I want you to remove all my personal information.")]
    public void Erasure_requests_in_three_languages_are_erasure(string subject, string body) =>
        AssertCertain(RequestType.Erasure, subject, body);

    [Theory]
    [InlineData("Oikaisupyyntö", "")]
    [InlineData("", "Osoitteeni on väärin, korjatkaa se: uusi osoite on Esimerkkitie 1.")]
    [InlineData("", "Päivittäkää sähköpostiosoitteeni.")]
    [InlineData("Rättelse av uppgifter", "")]
    [InlineData("", "Mitt namn är felstavat, vänligen rätta det.")]
    [InlineData("", "Korrigera min adress.")]
    [InlineData("", "Please rectify my surname.")]
    [InlineData("", "My address is wrong, please correct my address.")]
    [InlineData("", "Please update my phone number, the old one is outdated.")]
    public void Rectification_requests_in_three_languages_are_rectification(string subject, string body) =>
        AssertCertain(RequestType.Rectification, subject, body);

    [Theory]
    [InlineData("", "Vaadin käsittelyn rajoittamista, kunnes asia on selvitetty.")]
    [InlineData("Käsittelyn rajoittaminen", "")]
    [InlineData("", "Jag begär begränsning av behandlingen.")]
    [InlineData("", "Please restrict the processing of my data.")]
    public void Restriction_requests_in_three_languages_are_restriction(string subject, string body) =>
        AssertCertain(RequestType.Restriction, subject, body);

    [Theory]
    [InlineData("", "En halua markkinointia.")]
    [InlineData("Suoramarkkinointikielto", "")]
    [InlineData("", "Poistakaa minut postituslistalta.")]
    [InlineData("", "Kiellän sähköpostimarkkinoinnin.")]
    [InlineData("", "Jag vill inte ha reklam från er.")]
    [InlineData("", "Jag motsätter mig direktmarknadsföring.")]
    [InlineData("Unsubscribe", "")]
    [InlineData("", "Stop sending me marketing emails.")]
    [InlineData("", "I object to direct marketing.")]
    public void Objections_to_marketing_in_three_languages_are_direct_marketing_objections(string subject, string body) =>
        AssertCertain(RequestType.ObjectionToDirectMarketing, subject, body);

    [Theory]
    [InlineData("", "Vastustan tietojeni käsittelyä erityisestä henkilökohtaisesta syystä: olen turvakiellon alainen.")]
    [InlineData("", "Jag invänder mot behandlingen på grund av min särskilda situation.")]
    [InlineData("", "I object to the processing of my data because of my particular situation.")]
    public void Objections_stating_a_particular_situation_are_objections_on_particular_grounds(string subject, string body) =>
        AssertCertain(RequestType.ObjectionOnParticularGrounds, subject, body);

    [Theory]
    [InlineData("", "Pyydän tietojeni siirrettävyyttä koneluettavassa muodossa.")]
    [InlineData("Dataportabilitet", "")]
    [InlineData("", "I request my data under the right to data portability in a machine-readable format.")]
    public void Portability_requests_in_three_languages_are_portability(string subject, string body) =>
        AssertCertain(RequestType.Portability, subject, body);

    [Theory]
    [InlineData("", "Peruutan suostumukseni.")]
    [InlineData("", "Jag återkallar mitt samtycke.")]
    [InlineData("", "I withdraw my consent to the processing of my data.")]
    public void Consent_withdrawals_in_three_languages_are_consent_withdrawals(string subject, string body) =>
        AssertCertain(RequestType.ConsentWithdrawal, subject, body);

    [Theory]
    [InlineData("Juurdepääsutaotlus", "", RequestType.Access)]
    [InlineData("", "Soovin tutvuda oma isikuandmetega.", RequestType.Access)]
    [InlineData("", "Palun saatke mulle koopia minu andmetest.", RequestType.Access)]
    [InlineData("", "Palun kustutage minu andmed.", RequestType.Erasure)]
    [InlineData("Õigus olla unustatud", "", RequestType.Erasure)]
    [InlineData("", "Palun parandage minu aadress, uus aadress on Näidise tn 1.", RequestType.Rectification)]
    [InlineData("", "Palun parandage minu e-post.", RequestType.Rectification)]
    [InlineData("", "Palun piirake minu andmete töötlemist.", RequestType.Restriction)]
    [InlineData("", "Ma ei soovi enam uudiskirja.", RequestType.ObjectionToDirectMarketing)]
    [InlineData("Loobun otseturundusest", "", RequestType.ObjectionToDirectMarketing)]
    [InlineData("", "Esitan vastuväite oma andmete töötlemisele.", RequestType.ObjectionOnParticularGrounds)]
    [InlineData("Andmete ülekantavus", "", RequestType.Portability)]
    [InlineData("", "Võtan oma nõusoleku tagasi.", RequestType.ConsentWithdrawal)]
    public void Estonian_requests_are_recognised(string subject, string body, RequestType expected) =>
        AssertCertain(expected, subject, body);

    [Theory]
    [InlineData("", "Leivoin eilen piirakan ja se oli hyvä.")]
    [InlineData("", "Muutin nimeni viime vuonna, kiitos tiedosta.")]
    public void Finnish_words_that_look_estonian_match_no_estonian_wording(string subject, string body)
    {
        var estonian = ClassifierLexicon.Terms.Where(term => term.Language == Language.Et).Select(term => term.Pattern).ToHashSet();

        Assert.DoesNotContain(RequestClassifier.Classify(subject, body).MatchedTerms, estonian.Contains);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("Hei", "Kysymys laskusta.")]
    [InlineData("Question", "What are your opening hours?")]
    public void Mail_matching_no_wording_is_an_uncertain_contact(string? subject, string? body)
    {
        var result = RequestClassifier.Classify(subject, body);

        Assert.Equal(RequestType.Contact, result.Type);
        Assert.False(result.IsCertain);
        Assert.Empty(result.MatchedTerms);
    }

    [Fact]
    public void Two_requests_in_one_mail_leave_the_type_to_staff()
    {
        var result = RequestClassifier.Classify(null, "Please send me a copy of my data and then delete all my data.");

        Assert.False(result.IsCertain);
        Assert.Equal(RequestType.Erasure, result.Type);
        Assert.Contains(RequestType.Access, result.Alternatives);
    }

    [Fact]
    public void A_single_weak_word_is_not_enough_to_be_certain()
    {
        var result = RequestClassifier.Classify(null, "Erase everything you have on me.");

        Assert.Equal(RequestType.Erasure, result.Type);
        Assert.False(result.IsCertain);
    }

    [Fact]
    public void A_wording_in_the_subject_counts_double()
    {
        var inBody = RequestClassifier.Classify(null, "Unsubscribe");
        var inSubject = RequestClassifier.Classify("Unsubscribe", null);

        Assert.Equal(2 * inBody.Scores[RequestType.ObjectionToDirectMarketing], inSubject.Scores[RequestType.ObjectionToDirectMarketing]);
    }

    [Fact]
    public void The_subject_of_a_reply_does_not_outweigh_what_the_body_asks()
    {
        var result = RequestClassifier.Classify("Re: Vahvista tarkastuspyyntösi", "Kyllä. Poistakaa samalla kaikki tietoni.");

        Assert.Equal(RequestType.Erasure, result.Type);
        Assert.True(result.IsCertain);
        Assert.False(result.Scores.ContainsKey(RequestType.Access));
    }

    [Fact]
    public void The_subject_of_a_reply_counts_once_when_the_body_names_nothing()
    {
        var result = RequestClassifier.Classify("Vs: Tarkastuspyyntö", "Kyllä, kiitos.");

        Assert.Equal(RequestType.Access, result.Type);
        Assert.Equal(5, result.Scores[RequestType.Access]);
    }

    [Fact]
    public void An_objection_that_names_marketing_without_a_situation_is_an_objection_to_direct_marketing()
    {
        var result = RequestClassifier.Classify(null, "Vastustan tietojeni käsittelyä suoramarkkinointiin.");

        Assert.Equal(RequestType.ObjectionToDirectMarketing, result.Type);
        Assert.True(result.IsCertain);
        Assert.False(result.Scores.ContainsKey(RequestType.ObjectionOnParticularGrounds));
    }

    [Fact]
    public void Finnish_written_without_nordic_letters_matches_the_same_wording()
    {
        var withLetters = RequestClassifier.Classify("Tarkastuspyyntö", "Pyydän nähdä tietoni.");
        var withoutLetters = RequestClassifier.Classify("Tarkastuspyynto", "Pyydan nahda tietoni.");

        Assert.Equal(withLetters.Scores, withoutLetters.Scores);
    }

    [Fact]
    public void Matched_terms_are_reported_as_written_in_the_lexicon()
    {
        var result = RequestClassifier.Classify("Tarkastuspyyntö", null);

        Assert.Contains("tarkastuspyyn*", result.MatchedTerms);
    }

    [Fact]
    public void Only_the_start_of_a_very_long_body_is_read()
    {
        var filler = new string('x', RequestClassifier.BodyCharactersRead);
        var result = RequestClassifier.Classify(null, $"{filler} Poistakaa tietoni.");

        Assert.Equal(RequestType.Contact, result.Type);
    }

    [Theory]
    [InlineData("Poistakaa tietoni. Ystävällisin terveisin, Matti", Language.Fi)]
    [InlineData("Hej! Jag vill att ni raderar mina uppgifter. Med vänliga hälsningar, Anna", Language.Sv)]
    [InlineData("Hello, please delete my data. Kind regards, John", Language.En)]
    public void The_reply_language_is_guessed_from_the_text(string body, Language expected)
    {
        var result = RequestClassifier.Classify(null, body);

        Assert.Equal(expected, result.Language);
        Assert.True(result.LanguageIsConfident);
    }

    [Fact]
    public void Every_word_of_weight_five_or_more_alone_in_the_subject_names_its_own_type()
    {
        foreach (var term in ClassifierLexicon.Terms.Where(term => term.Weight >= 5))
        {
            var result = RequestClassifier.Classify(LexiconText.Render(term), null);

            Assert.True(term.Type == result.Type && result.IsCertain, $"'{term.Pattern}' classified as {result.Type} (certain: {result.IsCertain}).");
        }
    }

    private static void AssertCertain(RequestType expected, string subject, string body)
    {
        var result = RequestClassifier.Classify(subject, body);

        Assert.True(
            result.Type == expected && result.IsCertain,
            $"Expected certain {expected}, got {result.Type} (certain: {result.IsCertain}); scores: {string.Join(", ", result.Scores.Select(pair => $"{pair.Key}={pair.Value}"))}.");
    }
}
