#include <gtest/gtest.h>

#include "resolve/bilingual_lexicon.h"
#include "resolve/cross_language.h"
#include "resolve/statements.h"
#include "resolve_test_util.h"

namespace recoupe {
namespace {

TEST(BilingualLexiconTest, DictdNumbersAreBase64) {
  EXPECT_EQ(DictdNumber("A"), 0u);
  EXPECT_EQ(DictdNumber("BA"), 64u);
  EXPECT_EQ(DictdNumber("cGP"), 28u * 64 * 64 + 6 * 64 + 15);
  EXPECT_EQ(DictdNumber("a*b"), UINT64_MAX);
  EXPECT_EQ(DictdNumber(""), UINT64_MAX);
}

TEST(BilingualLexiconTest, EntryWordsSkipTheHeadwordLineAndNumbering) {
  EXPECT_EQ(DictdEntryWords("histoire /istwaʀ/ <n, fem>\n1. history\n2. story, tale\n"),
            (std::vector<std::string>{"history", "story", "tale"}));
  EXPECT_TRUE(DictdEntryWords("headword only").empty());
}

TEST(BilingualLexiconTest, ReadsADictdPairAndLooksUpByKey) {
  std::string base = std::string(RECOUPE_TEST_DATA_DIR) + "/resolve/tiny-fra-eng";
  BilingualLexicon lex(base, [](const std::string& w) { return w; });
  EXPECT_EQ(lex.Size(), 3u);  // the 00-database entry is not a word
  ASSERT_NE(lex.Translations("pire"), nullptr);
  EXPECT_EQ(*lex.Translations("pire"), std::vector<std::string>{"worse"});
  EXPECT_EQ(lex.Translations("absent"), nullptr);
}

TEST(BilingualLexiconTest, MissingFilesGiveAnEmptyLexicon) {
  BilingualLexicon lex("/nonexistent/dictionary", [](const std::string& w) { return w; });
  EXPECT_EQ(lex.Size(), 0u);
}

TEST(CrossLanguageTest, CognateKeysFoldAccentsAndKeepFiveLetters) {
  EXPECT_EQ(CognateKey("récente"), "recen");
  EXPECT_EQ(CognateKey("naturelle"), CognateKey("natural"));
  EXPECT_EQ(CognateKey("face"), "face");
}

TEST(CrossLanguageTest, CognatesMatchOneStatementInTwoLanguages) {
  ContentWords words;
  auto same = MatchAcrossLanguages(
      "la catastrophe naturelle la plus grave de notre histoire récente", "fr",
      "the most serious natural catastrophe in our recent history", "en", words);
  EXPECT_GE(same.matched, 4u);
  EXPECT_GE(same.Share(), 0.6);
  auto other = MatchAcrossLanguages(
      "la situation reste critique dans les villages isolés", "fr",
      "All the means of the state are mobilised to rescue the victims", "en", words);
  EXPECT_LT(other.Share(), 0.4);
}

TEST(CrossLanguageTest, LinkStatementsAcrossLanguagesNeedsTheSameSpeaker) {
  std::vector<StoryQuote> quotes(3);
  quotes[0].where = {
      "fr1", 0, 0,
      "Nous affrontons la catastrophe naturelle la plus grave de notre histoire récente"};
  quotes[0].speaker = "e1";
  quotes[1].where = {"en1", 0, 0,
                     "We face the most serious natural catastrophe in our recent history"};
  quotes[1].speaker = "e1";
  quotes[2].where = {"en2", 0, 0,
                     "We face the most serious natural catastrophe in our recent history"};
  quotes[2].speaker = "e2";
  ContentWords words;
  LinkStatements(quotes, {"fr", "en", "en"}, words, 1);
  EXPECT_EQ(quotes[0].statement, quotes[1].statement);
  EXPECT_NE(quotes[0].statement, quotes[2].statement);
}

TEST(CrossLanguageTest, ShortStatementsLinkOnTwoWordsOfFour) {
  std::vector<StoryQuote> quotes(3);
  quotes[0].where = {"fr1", 0, 0, "Les responsables devront rendre des comptes"};
  quotes[1].where = {"en1", 0, 0, "Whoever is responsible will be held accountable,"};
  quotes[2].where = {"en1", 0, 0, "We will rebuild the harbour before winter,"};
  for (auto& q : quotes) q.speaker = "e1";
  ContentWords words;
  LinkStatements(quotes, {"fr", "en", "en"}, words, 1);
  EXPECT_EQ(quotes[0].statement, quotes[1].statement);
  EXPECT_NE(quotes[0].statement, quotes[2].statement);
}

}  // namespace
}  // namespace recoupe
