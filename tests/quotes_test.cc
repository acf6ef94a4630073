// Quotation spans and speakers on small hand-written texts (French and English).
#include "extract/quotes.h"

#include <gtest/gtest.h>

#include "mention_test_util.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

std::vector<Quote> ExtractQuotes(const std::string& text, const char* lang = "fr",
                                 const std::vector<EntityMention>& entities = {}) {
  static const QuoteExtractor extractor;
  Document doc;
  doc.text = text;
  doc.language = lang;
  TextLayout layout = Segment(doc.text, lang);
  std::vector<Quote> quotes = extractor.Extract(doc, layout, entities);
  for (const Quote& q : quotes) EXPECT_EQ(q.text, doc.Slice(q.span));
  return quotes;
}

using testing::MentionOf;

TEST(QuotesTest, GuillemetsWithNonBreakingSpaces) {
  auto q = ExtractQuotes(
      "Il a dit\xC2\xA0: «\xC2\xA0Nous resterons ici jusqu'au bout.\xC2\xA0» Puis il est parti.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Nous resterons ici jusqu'au bout.");
  EXPECT_FALSE(q[0].unclosed);
}

TEST(QuotesTest, UnbalancedMarkEndsAtParagraphOrNextOpening) {
  auto q = ExtractQuotes(
      "Le maire a déclaré : « La ville est calme et les écoles rouvrent demain.\n\n"
      "Les habitants restent prudents. « Nous avons peur », dit une habitante.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].unclosed);
  EXPECT_EQ(q[0].text, "La ville est calme et les écoles rouvrent demain.");
  EXPECT_FALSE(q[1].unclosed);
  EXPECT_EQ(q[1].text, "Nous avons peur");

  auto r = ExtractQuotes("« Premier morceau sans fin « Second morceau bien fermé »");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_TRUE(r[0].unclosed);
  EXPECT_EQ(r[0].text, "Premier morceau sans fin");
  EXPECT_EQ(r[1].text, "Second morceau bien fermé");
}

TEST(QuotesTest, CrossParagraphQuotationKeepsSpeaker) {
  auto q = ExtractQuotes(
      "Jean Dupont a déclaré : « La situation est grave et nous devons agir vite.\n\n"
      "« Personne ne pourra dire que nous n'avons rien fait pour les habitants. »");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_FALSE(q[0].unclosed);
  EXPECT_FALSE(q[1].unclosed);
  EXPECT_EQ(q[1].text, "Personne ne pourra dire que nous n'avons rien fait pour les habitants.");
  EXPECT_EQ(q[0].speaker_name, "Jean Dupont");
  EXPECT_EQ(q[1].speaker_name, "Jean Dupont");
}

TEST(QuotesTest, CrossParagraphQuotationNamedAtItsEnd) {
  auto q = ExtractQuotes(
      "« Nous avons connu des rafales jamais vues. Des communes sont coupées du monde.\n\n"
      "« Les équipes sont mobilisées jour et nuit », a déclaré la préfète, Marie Valet.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "Marie Valet");
  EXPECT_EQ(q[0].speaker_name, "Marie Valet");
}

TEST(QuotesTest, InterruptedQuotationTwoSpansSameSpeaker) {
  auto q = ExtractQuotes(
      "Le ministre Paul Martin est arrivé hier. « Nous ne céderons pas », a-t-il assuré. "
      "« Le calme reviendra dans les prochains jours. »");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[0].speaker_text, "a-t-il assuré");
  EXPECT_EQ(q[0].speaker_name, "Paul Martin");
  EXPECT_EQ(q[1].speaker_name, "Paul Martin");
}

TEST(QuotesTest, IncisedAttributionInsideMarks) {
  auto q = ExtractQuotes(
      "Marie Curie est intervenue lundi. « Les résultats sont clairs, a-t-elle expliqué. "
      "Nous publierons tout. »");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[0].speaker_name, "Marie Curie");
}

TEST(QuotesTest, SpeakerByNameAfterAndBefore) {
  auto q = ExtractQuotes(
      "« Les réformes continueront », a déclaré Jacques Morel devant la presse.\n\n"
      "Sophie Laurent a affirmé que « le budget sera voté avant la fin du mois ».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kName);
  EXPECT_EQ(q[0].speaker_name, "Jacques Morel");
  ASSERT_TRUE(q[0].speaker_mention.has_value());
  EXPECT_EQ(q[1].speaker_name, "Sophie Laurent");
  EXPECT_FALSE(q[1].partial);  // a full clause after "a affirmé que"
}

TEST(QuotesTest, SpeakerByTitleGivesFullName) {
  auto q = ExtractQuotes(
      "Le président Michel Durand a reçu les syndicats.\n\n"
      "« Le dialogue est rouvert », a indiqué M. Durand.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Michel Durand");
}

TEST(QuotesTest, SpeakerByRole) {
  auto q = ExtractQuotes(
      "« Dix personnes ont été interpellées », a déclaré le porte-parole de la police Anna "
      "Petrova.\n\n"
      "Le porte-parole a également exhorté les habitants à « rester chez eux pendant toute la nuit "
      "».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Anna Petrova");
  EXPECT_EQ(q[1].speaker_kind, SpeakerKind::kRole);
  EXPECT_EQ(q[1].speaker_name, "Anna Petrova");
}

TEST(QuotesTest, SpeakerByARoleSaidAnotherWay) {
  // "le chef de l'État" is the president named before (data/fr/role_synonyms.tsv).
  std::string text =
      "Le président Andreï Volkov est arrivé dimanche. « Les recherches sont terminées », a "
      "précisé le chef de l'État devant la mine.";
  auto q = ExtractQuotes(text, "fr", {MentionOf(text, "Andreï Volkov", EntityType::kPer)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kRole);
  EXPECT_EQ(q[0].speaker_name, "Andreï Volkov");
}

TEST(QuotesTest, PronounAfterAnUnnamedPersonHasNoName) {
  std::string text =
      "« Les responsables devront rendre des comptes », a déclaré le ministre Andreï Volkov.\n\n"
      "Un survivant a raconté avoir nagé pendant trois heures. « J'ai vu des enfants disparaître "
      "sous l'eau », a-t-il dit.";
  auto q = ExtractQuotes(text, "fr", {MentionOf(text, "Andreï Volkov", EntityType::kPer)});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Andreï Volkov");
  EXPECT_EQ(q[1].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[1].speaker_name, "");
}

TEST(QuotesTest, AnonymousSourceHasNoName) {
  auto q = ExtractQuotes(
      "La Russie a envoyé des troupes. « C'est une surprise », estime un ancien diplomate français "
      "en Russie.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "") << q[0].speaker_text << " kind " << int(q[0].speaker_kind);
  EXPECT_NE(q[0].speaker_text.find("diplomate"), std::string::npos);
}

TEST(QuotesTest, SpeakerByPronoun) {
  auto q = ExtractQuotes(
      "Vladimir Sokolov a parlé longuement.\n\nSelon lui, « la crise est terminée depuis longtemps "
      "».\n\n"
      "Il a ajouté : « Nous reconstruirons tout ce qui a été détruit. »");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[0].speaker_name, "Vladimir Sokolov");
  EXPECT_EQ(q[1].speaker_name, "Vladimir Sokolov");
}

TEST(QuotesTest, PartialMarking) {
  auto q = ExtractQuotes(
      "Le gouvernement dénonce des « terroristes » et une « agression extérieure » dans le pays. "
      "Il a assuré que « l'ordre constitutionnel a été rétabli ».");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_TRUE(q[0].partial);
  EXPECT_TRUE(q[1].partial);
  EXPECT_FALSE(q[2].partial);
}

TEST(QuotesTest, EnglishSaidAndStraightQuotes) {
  auto q = ExtractQuotes(
      "\"We will not back down,\" said John Carter, the mayor. Later, Mary Jones told reporters: "
      "\"The city is safe.\"\n\n\"It is over,\" he said.",
      "en");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "We will not back down,");
  EXPECT_EQ(q[0].speaker_name, "John Carter");
  EXPECT_EQ(q[1].speaker_name, "Mary Jones");
  EXPECT_EQ(q[2].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[2].speaker_name, "Mary Jones");
}

TEST(QuotesTest, EnglishAccordingToAndCurlyQuotes) {
  auto q = ExtractQuotes(
      "\xE2\x80\x9CThe talks failed,\xE2\x80\x9D according to Peter Brown, a senior official.",
      "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The talks failed,");
  EXPECT_EQ(q[0].speaker_name, "Peter Brown");
}

TEST(QuotesTest, EntityMentionsUsedWhenGiven) {
  std::string text = "« Rien n'est décidé », a déclaré la société Acme Corp dans un communiqué.";
  EntityMention m;
  m.span.start = static_cast<uint32_t>(text.find("Acme"));
  m.span.end = m.span.start + 9;
  m.text = "Acme Corp";
  m.type = EntityType::kOrg;
  auto q = ExtractQuotes(text, "fr", {m});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Acme Corp");
}

}  // namespace
}  // namespace recoupe

namespace recoupe {
namespace {

TEST(QuotesTest, UnknownLanguageUsesAllLexicons) {
  // "selon" (French, one word) must still work next to "according to".
  auto q = ExtractQuotes(
      "Vladimir Sokolov a parlé.\n\nInternet, qui, selon lui, sert à « impliquer les citoyens dans "
      "des actions. »",
      "xx");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_kind, SpeakerKind::kPronoun);
  EXPECT_EQ(q[0].speaker_name, "Vladimir Sokolov");
}

}  // namespace
}  // namespace recoupe

namespace recoupe {
namespace {

TEST(QuotesTest, NameAfterTheAddresseeIsTheSpeaker) {
  std::string text =
      "« Nous avons tout perdu », a confié à l'AFP Karim Bennani, un habitant du village.";
  auto q = ExtractQuotes(text, "fr",
                         {MentionOf(text, "AFP", EntityType::kOrg),
                          MentionOf(text, "Karim Bennani", EntityType::kPer)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Karim Bennani");
}

TEST(QuotesTest, SentenceOpeningPourNamesTheSpeaker) {
  std::string text =
      "Pour le maire de la ville, Karim Bennani, « le bilan pourrait encore s'alourdir ».\n\n"
      "Les secours sont venus pour Paul Martin, « un homme très connu » du quartier.";
  auto q = ExtractQuotes(text, "fr",
                         {MentionOf(text, "Karim Bennani", EntityType::kPer),
                          MentionOf(text, "Paul Martin", EntityType::kPer)});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Karim Bennani");
  EXPECT_NE(q[1].speaker_name, "Paul Martin");  // "pour" inside a sentence attributes nothing
}

TEST(QuotesTest, ScareQuoteDoesNotHideTheSpeakerFurtherOn) {
  std::string text =
      "La banque a suspendu ses opérations pour protéger « la santé et la vie du personnel » "
      "tandis que des « opérations antiterroristes » sont en cours dans le pays, a indiqué "
      "l'attaché de presse de la Banque centrale Olga Marenko.";
  auto q = ExtractQuotes(text, "fr",
                         {MentionOf(text, "Banque centrale", EntityType::kOrg),
                          MentionOf(text, "Olga Marenko", EntityType::kPer)});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Olga Marenko");  // not the bank, a complement of the role
}

// "a-t-il ajouté" / "he added" in a later paragraph: a sentence between
// whose subject is an unnamed person and that names the speaker only by an
// object pronoun ("lui", "him") speaks of the speaker, not of a new one.
TEST(QuotesTest, AddedAfterASentenceWithAnObjectPronounKeepsTheSpeaker) {
  auto q = ExtractQuotes(
      "Le maire de la ville, Paul Girard, a pris la parole devant la foule. "
      "« Nous reconstruirons tout », a-t-il promis.\n\n"
      "Un habitant lui a demandé des comptes.\n\n"
      "« Personne ne sera oublié », a-t-il ajouté.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Paul Girard");
  EXPECT_EQ(q[1].speaker_name, "Paul Girard");
  q = ExtractQuotes(
      "The mayor, Paul Girard, spoke to the crowd. \"We will rebuild everything,\" he said.\n\n"
      "A local resident asked him about the delays.\n\n"
      "\"Nobody will be forgotten,\" he added.",
      "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Paul Girard");
  EXPECT_EQ(q[1].speaker_name, "Paul Girard");
  // Without the object pronoun the unnamed person is the one who speaks.
  q = ExtractQuotes(
      "Le maire, Paul Girard, a pris la parole. « Nous reconstruirons tout », a-t-il promis.\n\n"
      "Un jeune habitant a pris le micro.\n\n"
      "« Nous avons tout perdu », a-t-il ajouté.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "");
}

TEST(QuotesTest, AnUnnamedPersonNamedInAppositionIsThatPerson) {
  auto q = ExtractQuotes(
      "Une rescapée, Nadia Benali, a témoigné. Elle vivait au troisième étage. "
      "« J'ai entendu un craquement », a-t-elle raconté.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Nadia Benali");
  q = ExtractQuotes(
      "A student protester, Mihai Lungu, said he had been beaten. \"They kicked me,\" he said.",
      "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Mihai Lungu");
}

TEST(QuotesTest, AnInciseInsideTheMarksNamesARoleThenItsHolder) {
  auto q = ExtractQuotes(
      "« Nous avons affaire à une crise, a déclaré le préfet de la région, Jean Martin, lors "
      "d'un point presse. La situation reste grave. »");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Jean Martin");
}

TEST(QuotesTest, ARoleWithALongComplementThenItsHolder) {
  auto q = ExtractQuotes(
      "« Nous irons jusqu'au bout », a prévenu le secrétaire général de la fédération CGT de la "
      "chimie, Emmanuel Roux, devant la raffinerie.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Emmanuel Roux");
}

TEST(QuotesTest, HerIsAnObjectBeforeAnArticleNotBeforeANoun) {
  const std::string lead = "Grace Banda said she had not slept. \"We wait,\" she said.\n\n";
  auto q = ExtractQuotes(
      lead + "A rescuer brought her a blanket.\n\n\"I want them back,\" she added.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "Grace Banda");
  q = ExtractQuotes(lead + "A reporter asked her whether it changed.\n\n\"No,\" she added.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "Grace Banda");
  q = ExtractQuotes(lead + "A resident lost her house.\n\n\"It is all gone,\" she added.", "en");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "");
}

TEST(QuotesTest, AppositionsNameUnnamedPeople) {
  // A lone first name in apposition with a person noun is a person.
  const std::string text =
      "Le maire, Benoît Payan, est venu. Karima, une habitante du deuxième étage, a pu sortir. "
      "« On a entendu des cris », raconte-t-elle.";
  auto q = ExtractQuotes(text, "fr", {MentionOf(text, "Benoît Payan", EntityType::kPer)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Karima");
  // A description may stand between the noun and the name.
  q = ExtractQuotes(
      "A survivor, 34-year-old fisherman La Ode Hamid, told television he swam for hours. "
      "\"I held on to a piece of wood,\" he said.",
      "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "La Ode Hamid");
}

TEST(QuotesTest, AnIndefiniteAfterAPrepositionIsNoSubject) {
  auto q = ExtractQuotes(
      "Minister Budi Santoso ordered an inspection. In a statement, he said the tragedy was "
      "\"unacceptable\" and vowed to punish those responsible.",
      "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Budi Santoso");
}

// A name typed MISC by the tagger is a person when an age follows it in
// apposition; so is the fuller MISC name ending with the same word.
TEST(QuotesTest, ANameWithAnAgeIsAPersonWhateverItsTag) {
  const std::string text =
      "Police chief Elena Munteanu spoke first. The commission declared incumbent Ion Ceban "
      "the winner. Ceban, 58, dismissed the protests as the work of \"a few hundred "
      "provocateurs.\" In a televised address, he said a recount would be \"pointless.\"";
  EntityMention lone = MentionOf(text, "Ceban, 58", EntityType::kMisc);
  lone.span.end = lone.span.start + 5;
  lone.text = "Ceban";
  auto q = ExtractQuotes(text, "en",
                         {MentionOf(text, "Elena Munteanu", EntityType::kPer),
                          MentionOf(text, "Ion Ceban", EntityType::kMisc), lone});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Ion Ceban");
  EXPECT_EQ(q[1].speaker_name, "Ion Ceban");
}

TEST(QuotesTest, ARoleTheTaggerKeptInANameIsLeftOut) {
  const std::string text =
      "District Magistrate Ashish Kumar spoke to reporters. \"It was inadequate,\" he said.";
  auto q =
      ExtractQuotes(text, "en", {MentionOf(text, "Magistrate Ashish Kumar", EntityType::kPer)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Ashish Kumar");
}

TEST(QuotesTest, ASecondQuotationOfTheSameSentenceKeepsItsSpeaker) {
  auto q = ExtractQuotes(
      "Gérald Darmanin a parlé. Il a appelé au « retour au calme » et affirmé que « la "
      "violence ne sera jamais la solution ».");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Gérald Darmanin");
  EXPECT_EQ(q[1].speaker_name, "Gérald Darmanin");
}

TEST(QuotesTest, ANameAfterAPrepositionIsNoApposedPerson) {
  const std::string text =
      "Le ministre, Paul Girard, est venu. Sur un barrage du quartier de Magenta, un jeune "
      "militant refuse de donner son nom. « Ils ne nous écoutent pas », lâche-t-il.";
  auto q = ExtractQuotes(text, "fr", {MentionOf(text, "Paul Girard", EntityType::kPer)});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "");
}

TEST(QuotesTest, AnAppositionAfterALongNounPhrase) {
  auto q = ExtractQuotes(
      "Ram Prakash spoke first. A relative of one of the victims, Sunita Devi, said she had "
      "searched all night. A nurse gave her a list.\n\n\"My sister was on it,\" she added.",
      "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Sunita Devi");
}

TEST(QuotesTest, AnElidedObjectPronounBeforeAnAuxiliary) {
  auto q = ExtractQuotes(
      "Une passagère, Sophie Morel, était assise dans la deuxième voiture. Un secouriste l'a "
      "aidée à sortir. « J'ai cru que c'était la fin », a-t-elle confié.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Sophie Morel");
  // "l'" as an article is no object: the unnamed rescuer is the speaker.
  q = ExtractQuotes(
      "Une passagère, Sophie Morel, était assise. Un secouriste a quitté l'hôpital. "
      "« Je suis épuisé », a-t-il confié.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "");
}

}  // namespace
}  // namespace recoupe
