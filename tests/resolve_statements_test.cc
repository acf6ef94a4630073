#include <gtest/gtest.h>

#include "resolve/statements.h"

namespace recoupe {
namespace {

StoryQuote Q(std::string doc, std::string text, std::string speaker, bool partial = false) {
  StoryQuote q;
  q.where.doc = std::move(doc);
  q.where.text = std::move(text);
  q.speaker = std::move(speaker);
  q.partial = partial;
  return q;
}

// One minister's statement rendered by three outlets in different words, plus
// other statements by the same minister in the same articles.
TEST(StatementsTest, LinksParaphrasesAcrossOutletsAndKeepsOthersApart) {
  std::vector<StoryQuote> quotes = {
      Q("a",
        "Tous ces incidents depuis l'automne font partie d'un projet mûri de longue date. Leur but "
        "principal était évident : la sape des institutions régionales et la prise du port",
        "e1"),
      Q("a", "Nous rouvrirons les écoles de la province dès la semaine prochaine", "e1"),
      Q("b",
        "Leur objectif semblait clair : saper les institutions de la région et prendre le port",
        "e1"),
      Q("b", "Les écoles rouvriront rapidement, nous y veillerons", "e2"),
      Q("c",
        "Il est devenu évident que l'objectif principal était de saper les institutions "
        "régionales et de prendre le port",
        "e1"),
      Q("c", "Sous le couvert de rassemblements pacifiques, une vague de pillages a éclaté", "e1"),
      Q("c", "terroristes", "e1", /*partial=*/true),
  };
  std::vector<std::string> langs(quotes.size(), "fr");
  ContentWords words;
  int used = LinkStatements(quotes, langs, words, 3);
  EXPECT_EQ(quotes[0].statement, quotes[2].statement);
  EXPECT_EQ(quotes[2].statement, quotes[4].statement);
  EXPECT_NE(quotes[0].statement, quotes[1].statement);
  EXPECT_NE(quotes[4].statement, quotes[5].statement);
  EXPECT_NE(quotes[1].statement, quotes[3].statement);  // other speaker
  EXPECT_TRUE(quotes[6].statement.empty());
  EXPECT_FALSE(quotes[5].statement.empty());
  EXPECT_EQ(used, 4);
  EXPECT_EQ(quotes[0].statement, "st3");
}

TEST(StatementsTest, ShortQuoteInsideLongerOneLinks) {
  std::vector<StoryQuote> quotes = {
      Q("a",
        "Chacun sait que, par les réseaux sociaux, on tente d'entraîner nos citoyens dans des "
        "actions de protestation, des actions qui sont les précurseurs d'attentats",
        "e4"),
      Q("b",
        "entraîner les citoyens dans des actions de protestation, qui sont le précurseur "
        "d'attentats",
        "e4"),
  };
  ContentWords words;
  LinkStatements(quotes, {"fr", "fr"}, words, 1);
  EXPECT_EQ(quotes[0].statement, quotes[1].statement);
}

TEST(StatementsTest, UnknownSpeakerLinksOnlyNearCopies) {
  std::vector<StoryQuote> quotes = {
      Q("a", "Les troupes sont entrées dans la ville et ont commencé à disperser la foule", ""),
      Q("b", "Les troupes sont entrées dans la ville et ont commencé à disperser la foule", "e2"),
      Q("c", "Les soldats ont dispersé la foule en ville", ""),
  };
  ContentWords words;
  LinkStatements(quotes, {"fr", "fr", "fr"}, words, 1);
  EXPECT_EQ(quotes[0].statement, quotes[1].statement);
  EXPECT_NE(quotes[0].statement, quotes[2].statement);
}

TEST(ContentWordsTest, StemsAndFoldsSynonyms) {
  ContentWords words;
  auto a = words.Of("Leur objectif : saper l'ordre", "fr");
  auto b = words.Of("Leur but : la sape de l'ordre", "fr");
  size_t shared = 0;
  EXPECT_DOUBLE_EQ(OverlapCoefficient(a, b, &shared), 1.0);
  EXPECT_EQ(shared, 3u);
  EXPECT_EQ(a.count("leur"), 0u);
}

}  // namespace
}  // namespace recoupe
