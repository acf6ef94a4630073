#include "extract/entity_rules.h"

#include <gtest/gtest.h>

#include "mention_test_util.h"

namespace recoupe {
namespace {

// Space-separated words of `text` as word tokens, in one sentence.
struct Layout {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

Layout SplitOnSpaces(const std::string& text) {
  Layout l;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    Token t;
    t.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
    l.tokens.push_back(t);
    pos = end + 1;
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  s.token_count = static_cast<uint32_t>(l.tokens.size());
  l.sentences.push_back(s);
  return l;
}

using testing::MentionOf;

std::vector<EntityMention> Apply(const std::string& text, std::vector<EntityMention> mentions) {
  EntityRules rules({.titles = {"président", "porte-parole"}, .agencies = {"AFP"}});
  Layout l = SplitOnSpaces(text);
  rules.Apply(text, l.tokens, l.sentences, mentions);
  return mentions;
}

TEST(EntityRulesTest, OrganisationRunningIntoAPersonIsSplit) {
  std::string text = "a indiqué l'attaché de presse de la Banque nationale Olga Marenko hier";
  auto out = Apply(text, {MentionOf(text, "Banque nationale Olga Marenko", EntityType::kOrg)});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].text, "Banque nationale");
  EXPECT_EQ(out[0].type, EntityType::kOrg);
  EXPECT_EQ(out[1].text, "Olga Marenko");
  EXPECT_EQ(out[1].type, EntityType::kPer);
}

TEST(EntityRulesTest, PlaceRunningIntoATitleAndANameIsSplitWithoutTheTitle) {
  std::string text = "said Alberta Premier Danielle Smith on Tuesday";
  EntityRules rules({.titles = {"premier"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {
      MentionOf(text, "Alberta Premier Danielle Smith", EntityType::kLoc)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].text, "Alberta");
  EXPECT_EQ(ms[0].type, EntityType::kLoc);
  EXPECT_EQ(ms[1].text, "Danielle Smith");
  EXPECT_EQ(ms[1].type, EntityType::kPer);
}

TEST(EntityRulesTest, PersonTaggedWithThePlaceBeforeATitleKeepsOnlyTheName) {
  // Tagged PER whole, the place must not become a person's name part (and
  // every other "Alberta" in the text a person with it); it stays a place
  // where the text tags it so elsewhere, and is dropped where it does not.
  std::string text =
      "fires in Alberta as Alberta Premier Danielle Smith said that Quebec Premier Francois "
      "Legault";
  EntityRules rules({.titles = {"premier"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {
      MentionOf(text, "Alberta", EntityType::kLoc),
      MentionOf(text, "Alberta Premier Danielle Smith", EntityType::kPer),
      MentionOf(text, "Quebec Premier Francois Legault", EntityType::kPer)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  std::vector<std::pair<std::string, EntityType>> got;
  for (const auto& m : ms) got.emplace_back(m.text, m.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, EntityType>>{
                     {"Alberta", EntityType::kLoc},
                     {"Alberta", EntityType::kLoc},
                     {"Danielle Smith", EntityType::kPer},
                     {"Francois Legault", EntityType::kPer}}));
  EXPECT_EQ(ms[1].span.start, text.find("Alberta Premier"));
}

TEST(EntityRulesTest, NamedEventsAreNotPersons) {
  std::string text = "Tempête Ciarán : la tempête Ciarán a frappé , Ciarán est passée";
  EntityRules rules({.event_nouns = {"tempête"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {MentionOf(text, "Tempête Ciarán", EntityType::kPer)};
  EntityMention second = MentionOf(text, "Ciarán a", EntityType::kPer);
  second.span.start = static_cast<uint32_t>(text.find("Ciarán a"));
  second.span.end = second.span.start + static_cast<uint32_t>(std::string("Ciarán").size());
  second.text = "Ciarán";
  ms.push_back(second);
  EntityMention third = second;
  third.span.start = static_cast<uint32_t>(text.rfind("Ciarán"));
  third.span.end = third.span.start + static_cast<uint32_t>(std::string("Ciarán").size());
  ms.push_back(third);
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 3u);
  for (const auto& m : ms) EXPECT_EQ(m.type, EntityType::kMisc) << m.text;
}

TEST(EntityRulesTest, OrganisationNamesWithoutATrailingNameStayWhole) {
  std::string text = "selon la Banque centrale européenne et le Fonds monétaire International hier";
  auto out = Apply(text, {MentionOf(text, "Banque centrale européenne", EntityType::kOrg),
                          MentionOf(text, "Fonds monétaire International", EntityType::kOrg)});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].text, "Banque centrale européenne");
  EXPECT_EQ(out[1].text, "Fonds monétaire International");  // one capitalised word: no person
}

TEST(EntityRulesTest, FunctionWordBeforeCapitalsIsPartOfTheName) {
  std::string text = "le Council on Foreign Relations a publié";
  auto out = Apply(text, {MentionOf(text, "Council on Foreign Relations", EntityType::kOrg)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "Council on Foreign Relations");
}

TEST(EntityRulesTest, TitlesAloneAreNoNameInEitherGender) {
  std::string text = "la Première ministre Élisabeth Borne a répondu";
  EntityRules rules({.titles = {"premier", "ministre"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {MentionOf(text, "Première ministre", EntityType::kMisc),
                                   MentionOf(text, "Élisabeth Borne", EntityType::kPer)};
  std::vector<EntityMention> joined = {
      MentionOf(text, "Première ministre Élisabeth Borne", EntityType::kMisc)};
  rules.Apply(text, l.tokens, l.sentences, joined);
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].text, "Élisabeth Borne");
  EXPECT_EQ(joined[0].type, EntityType::kPer);
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].text, "Élisabeth Borne");
}

TEST(EntityRulesTest, InstitutionHeadWithCapitalisedComplementIsOneOrganisation) {
  std::string text = "selon le ministère kazakh de l' Intérieur et la préfecture de police hier";
  EntityRules rules({.institution_heads = {"ministère", "préfecture", "ministry"},
                     .calendar_words = {"wednesday"},
                     .institution_links = {"de", "of"}});
  Layout l = SplitOnSpaces(text);
  l.tokens[6].elision = true;  // "l'"
  std::vector<EntityMention> ms = {MentionOf(text, "Intérieur", EntityType::kLoc)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 1u);  // "préfecture de police": no capitalised complement
  EXPECT_EQ(ms[0].text, "ministère kazakh de l' Intérieur");
  EXPECT_EQ(ms[0].type, EntityType::kOrg);
  // A verb and a small word are no link: "the ministry said on Wednesday".
  std::string en = "the interior ministry said on Wednesday that the ministry of Defence agreed";
  Layout le = SplitOnSpaces(en);
  std::vector<EntityMention> none;
  rules.Apply(en, le.tokens, le.sentences, none);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].text, "ministry of Defence");
}

TEST(EntityRulesTest, MonthAbbreviationsAndWeekdaysAloneAreNoNames) {
  std::string text = "TBILISI , Jan 3 ( Reuters ) Mardi Gras and Theresa May";
  EntityRules rules({.calendar_words = {"jan", "mardi"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {MentionOf(text, "TBILISI", EntityType::kLoc),
                                   MentionOf(text, "Jan", EntityType::kPer),
                                   MentionOf(text, "Mardi Gras", EntityType::kMisc),
                                   MentionOf(text, "Theresa May", EntityType::kPer)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_EQ(ms[0].text, "TBILISI");
  EXPECT_EQ(ms[1].text, "Mardi Gras");
  EXPECT_EQ(ms[2].text, "Theresa May");
}

TEST(EntityRulesTest, PlaceCutAtAParticleIsJoined) {
  std::string text = "the state of Rio Grande do Sul and Porto Alegre";
  EntityRules rules({.connectors = {"do", "da"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {MentionOf(text, "Rio Grande", EntityType::kLoc),
                                   MentionOf(text, "Sul", EntityType::kLoc),
                                   MentionOf(text, "Porto Alegre", EntityType::kLoc)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].text, "Rio Grande do Sul");
  EXPECT_EQ(ms[1].text, "Porto Alegre");  // "and" is no particle
}

TEST(EntityRulesTest, PossessiveIsNotPartOfAPlaceOrPerson) {
  std::string text = "in Brazil's south , McDonald's said";
  auto out = Apply(text, {MentionOf(text, "Brazil's", EntityType::kLoc),
                          MentionOf(text, "McDonald's", EntityType::kOrg)});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].text, "Brazil");
  EXPECT_EQ(out[0].span.end - out[0].span.start, 6u);
  EXPECT_EQ(out[1].text, "McDonald's");
}

TEST(EntityRulesTest, NameInCapitalsTakesTheTypeOfItsOrdinarySpelling) {
  std::string text = "PORTO ALEGRE , May 3 - rain fell on Porto Alegre";
  auto out = Apply(text, {MentionOf(text, "PORTO ALEGRE", EntityType::kOrg),
                          MentionOf(text, "Porto Alegre", EntityType::kLoc)});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].type, EntityType::kLoc);
}

TEST(EntityRulesTest, NameInAppositionToAPersonNounIsAPerson) {
  std::string text = "a confié à l' AFP Mohamed Aït Ouarab , un habitant de 54 ans";
  EntityRules rules({.agencies = {"AFP"}, .person_nouns = {"habitant"}});
  Layout l = SplitOnSpaces(text);
  l.tokens[3].elision = true;
  std::vector<EntityMention> ms;
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[1].text, "Mohamed Aït Ouarab");
  EXPECT_EQ(ms[1].type, EntityType::kPer);
}

TEST(EntityRulesTest, AppositionToATitleDoesNotOverruleTheModel) {
  std::string text = "chez nous , Air France , le président du groupe a parlé";
  EntityRules rules({.titles = {"président"}});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {MentionOf(text, "Air France", EntityType::kOrg)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].type, EntityType::kOrg);
}

TEST(EntityRulesTest, HyphenatedArticleContinuesAName) {
  std::string text = "selon le président de la région , Abdel al-Ghaithi , hier";
  auto out = Apply(text, {});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "Abdel al-Ghaithi");
  EXPECT_EQ(out[0].type, EntityType::kPer);
}

TEST(EntityRulesTest, NameAfterATitleAndItsComplement) {
  std::string text =
      "Pour le président de Derna , Abdel al-Ghaithi , « le bilan » ; le président de Paris , Lyon "
      "et Nice";
  auto out = Apply(text, {MentionOf(text, "Derna", EntityType::kLoc),
                          MentionOf(text, "Abdel", EntityType::kLoc)});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].text, "Abdel al-Ghaithi");
  EXPECT_EQ(out[1].type, EntityType::kPer);  // one word after the comma is no name
}

TEST(EntityRulesTest, AcronymsAfterAnArticleOrInParentheses) {
  std::string text =
      "la CGT et le PIB ; l' Organisation du traité de sécurité collective ( OSTC ) et du "
      "Croissant-Rouge ( FICR )";
  EntityRules rules({.acronym_types = {{"PIB", std::nullopt}}});
  Layout l = SplitOnSpaces(text);
  l.tokens[6].elision = true;  // "l'"
  std::vector<EntityMention> ms = {
      MentionOf(text, "Organisation du traité de sécurité collective", EntityType::kOrg),
      MentionOf(text, "Croissant-Rouge", EntityType::kLoc)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  std::vector<std::string> texts;
  for (const auto& m : ms) texts.push_back(m.text + "/" + m.expansion);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"CGT/", "Organisation du traité de sécurité collective/",
                                      "OSTC/Organisation du traité de sécurité collective",
                                      "Croissant-Rouge/", "FICR/"}));
}

TEST(EntityRulesTest, ExpansionCutAtACoordinationRunsOnToItsAcronym) {
  std::string text =
      "a dit la Fédération internationale de la Croix-Rouge et du Croissant-Rouge ( FICR ) hier";
  EntityRules rules({});
  Layout l = SplitOnSpaces(text);
  std::vector<EntityMention> ms = {
      MentionOf(text, "Fédération internationale de la Croix-Rouge", EntityType::kOrg)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  std::vector<std::string> texts;
  for (const auto& m : ms) texts.push_back(m.text + "/" + m.acronym + "/" + m.expansion);
  const std::string full = "Fédération internationale de la Croix-Rouge et du Croissant-Rouge";
  EXPECT_EQ(texts, (std::vector<std::string>{full + "/FICR/", "FICR//" + full}));
  EXPECT_EQ(ms[0].span.end, text.find(" ( FICR"));
}

TEST(EntityRulesTest, NameAfterAPlaceNounAndALinkIsAPlace) {
  std::string text =
      "toward the oil town of Fort McMurray , la ville d' Odessa , the Ministry of Justice";
  EntityRules rules({.institution_links = {"of", "d'"}, .place_nouns = {"town", "ville"}});
  Layout l = SplitOnSpaces(text);
  l.tokens[10].elision = true;  // "d'"
  std::vector<EntityMention> ms = {MentionOf(text, "Fort McMurray", EntityType::kPer),
                                   MentionOf(text, "Odessa", EntityType::kOrg),
                                   MentionOf(text, "Justice", EntityType::kPer)};
  rules.Apply(text, l.tokens, l.sentences, ms);
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_EQ(ms[0].type, EntityType::kLoc);
  EXPECT_EQ(ms[1].type, EntityType::kLoc);
  EXPECT_NE(ms[2].type, EntityType::kLoc);  // "Ministry" is no kind of place
}

}  // namespace
}  // namespace recoupe
