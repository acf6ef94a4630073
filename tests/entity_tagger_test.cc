#include "extract/entity_tagger.h"

#include <gtest/gtest.h>

#include "text/segmenter.h"

namespace recoupe {
namespace {

// Runs the tagger on `text` with no tokens in the layout (the tagger's own
// tokenizer), one sentence per line.
std::vector<EntityMention> TagText(const EntityTagger& tagger, const std::string& text,
                                   const std::string& lang) {
  Document doc;
  doc.text = text;
  doc.language = lang;
  TextLayout layout;
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  layout.sentences.push_back(s);
  layout.paragraphs.push_back(s.span);
  return tagger.Tag(doc, layout);
}

const EntityMention* Find(const std::vector<EntityMention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text) return &m;
  return nullptr;
}

class EntityTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { tagger_ = new EntityTagger(); }
  static void TearDownTestSuite() { delete tagger_; }
  static EntityTagger* tagger_;
};
EntityTagger* EntityTaggerTest::tagger_ = nullptr;

TEST_F(EntityTaggerTest, ModelsLoad) {
  EXPECT_TRUE(tagger_->HasModel("fr"));
  EXPECT_TRUE(tagger_->HasModel("en"));
}

TEST_F(EntityTaggerTest, FrenchPersonsAndPlaces) {
  std::string text =
      "Le président russe Vladimir Poutine a quitté le Kazakhstan mardi pour rentrer à Moscou.";
  auto ms = TagText(*tagger_, text, "fr");
  const EntityMention* per = Find(ms, "Vladimir Poutine");
  ASSERT_NE(per, nullptr);
  EXPECT_EQ(per->type, EntityType::kPer);
  EXPECT_EQ(text.substr(per->span.start, per->span.size()), "Vladimir Poutine");
  const EntityMention* moscou = Find(ms, "Moscou");
  ASSERT_NE(moscou, nullptr);
  EXPECT_EQ(moscou->type, EntityType::kLoc);
  ASSERT_NE(Find(ms, "Kazakhstan"), nullptr);
  EXPECT_EQ(Find(ms, "Kazakhstan")->type, EntityType::kLoc);
  EXPECT_EQ(Find(ms, "russe"), nullptr);  // nationality adjective
}

TEST_F(EntityTaggerTest, EnglishPersonsAndPlaces) {
  auto ms =
      TagText(*tagger_, "German Chancellor Angela Merkel met officials in Paris on Tuesday.", "en");
  ASSERT_NE(Find(ms, "Angela Merkel"), nullptr);
  EXPECT_EQ(Find(ms, "Angela Merkel")->type, EntityType::kPer);
  ASSERT_NE(Find(ms, "Paris"), nullptr);
  EXPECT_EQ(Find(ms, "Paris")->type, EntityType::kLoc);
}

TEST_F(EntityTaggerTest, TitleMakesPersonWithoutTitle) {
  auto ms =
      TagText(*tagger_,
              "Selon M. Zorblatov, la situation est stable. Le Président Zorblatov a parlé.", "fr");
  int persons = 0;
  for (const auto& m : ms) {
    EXPECT_NE(m.text, "M. Zorblatov");
    EXPECT_NE(m.text, "Président");
    if (m.text == "Zorblatov" && m.type == EntityType::kPer) ++persons;
  }
  EXPECT_EQ(persons, 2);
}

TEST_F(EntityTaggerTest, RoleThenCommaThenName) {
  auto ms = TagText(
      *tagger_, "Selon la porte-parole de la diplomatie voisine, Ilsa Varnokova, rien ne change.",
      "fr");
  const EntityMention* per = Find(ms, "Ilsa Varnokova");
  ASSERT_NE(per, nullptr);
  EXPECT_EQ(per->type, EntityType::kPer);
}

TEST_F(EntityTaggerTest, AcronymLinkedToExpansion) {
  std::string text =
      "Les membres de l'Organisation du traité de sécurité collective (OTSC) se sont réunis.\n"
      "Plus tard, l'OTSC a annoncé un retrait.";
  auto ms = TagText(*tagger_, text, "fr");
  const EntityMention* exp = Find(ms, "Organisation du traité de sécurité collective");
  ASSERT_NE(exp, nullptr);
  EXPECT_EQ(exp->type, EntityType::kOrg);
  EXPECT_EQ(exp->acronym, "OTSC");
  int linked = 0;
  for (const auto& m : ms)
    if (m.text == "OTSC") {
      EXPECT_EQ(m.type, EntityType::kOrg);
      EXPECT_EQ(m.expansion, "Organisation du traité de sécurité collective");
      ++linked;
    }
  EXPECT_EQ(linked, 2);
}

TEST_F(EntityTaggerTest, AgenciesAreOrganisations) {
  auto ms = TagText(*tagger_,
                    "Les chiffres ont été confirmés par l'agence Interfax et par Reuters.", "fr");
  ASSERT_NE(Find(ms, "Interfax"), nullptr);
  EXPECT_EQ(Find(ms, "Interfax")->type, EntityType::kOrg);
  ASSERT_NE(Find(ms, "Reuters"), nullptr);
  EXPECT_EQ(Find(ms, "Reuters")->type, EntityType::kOrg);
}

TEST_F(EntityTaggerTest, UsesLayoutTokensWhenPresent) {
  Document doc;
  doc.text = "Vladimir Poutine parle.";
  doc.language = "fr";
  TextLayout layout;
  layout.tokens = {{{0, 8}}, {{9, 16}}, {{17, 22}}, {{22, 23}, TokenKind::kPunctuation}};
  layout.sentences.push_back({{0, 23}, 0, 4, 0});
  auto ms = EntityTagger().Tag(doc, layout);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].text, "Vladimir Poutine");
  EXPECT_EQ(ms[0].span.start, 0u);
  EXPECT_EQ(ms[0].span.end, 16u);
}

TEST_F(EntityTaggerTest, PossessiveEndingIsNotPartOfTheName) {
  // One layout token "Italy’s": the model sees "Italy" and "’s", as CoNLL
  // writes them, and the mention is the name alone.
  Document doc;
  doc.text = "He met Italy\u2019s prime minister in Rome .";
  doc.language = "en";
  TextLayout layout = Segment(doc.text, "en");
  auto ms = tagger_->Tag(doc, layout);
  const EntityMention* italy = Find(ms, "Italy");
  ASSERT_NE(italy, nullptr);
  EXPECT_EQ(italy->type, EntityType::kLoc);
  EXPECT_EQ(italy->span.start, doc.text.find("Italy"));
  EXPECT_EQ(Find(ms, "Italy\u2019s"), nullptr);
}

TEST_F(EntityTaggerTest, EmptyDocument) {
  Document doc;
  EXPECT_TRUE(tagger_->Tag(doc, TextLayout()).empty());
}

TEST_F(EntityTaggerTest, TitleInsideATaggedNameIsNotAPerson) {
  std::string text =
      "Le Président Oumarov a parlé hier devant les députés. Selon le Président, la crise "
      "est terminée, a déclaré M. Oumarov.";
  auto ms = TagText(*tagger_, text, "fr");
  for (const auto& m : ms) EXPECT_NE(m.text, "Président") << "a lone title is no name";
}

TEST_F(EntityTaggerTest, SurnameSpelledWithOneLetterLessIsTheSamePerson) {
  std::string text =
      "Le gouvernement a limogé le chef des services, Timour Bessarov. Besarov a depuis été "
      "placé en détention.";
  auto ms = TagText(*tagger_, text, "fr");
  const EntityMention* m = Find(ms, "Besarov");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPer);
}

}  // namespace
}  // namespace recoupe
