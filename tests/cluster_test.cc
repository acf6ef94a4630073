#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cluster/online_clusterer.h"
#include "cluster/publication_order.h"
#include "cluster/story_clusterer.h"
#include "core/analysis.h"
#include "core/data_files.h"

namespace recoupe {
namespace {

std::string TestFile(const std::string& name) {
  return ReadFile(std::string(RECOUPE_TEST_DATA_DIR) + "/cluster/" + name);
}

AnalyzedDocument Doc(std::string id, std::string text, std::optional<std::string> published) {
  AnalyzedDocument d;
  d.doc.id = std::move(id);
  d.doc.text = std::move(text);
  d.doc.published = std::move(published);
  d.doc.language = "fr";
  return d;
}

TEST(PublicationOrderTest, SortsByDayAndKeepsUndatedInPlace) {
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(DayNumber("2022-01"), DayNumber("2022-01-01"));
  EXPECT_FALSE(DayNumber("janvier").has_value());
  std::vector<AnalyzedDocument> docs{Doc("a", "x", "2022-01-10"), Doc("b", "x", std::nullopt),
                                     Doc("c", "x", "2022-01-05")};
  auto order = PublicationOrder(docs);
  ASSERT_EQ(order.size(), 3u);
  EXPECT_EQ(order[0].index, 2u);
  EXPECT_EQ(order[1].index, 0u);
  EXPECT_EQ(order[2].index, 1u);  // follows the dated document it came after
  EXPECT_FALSE(order[2].day.has_value());
}

TEST(ClusterStoriesTest, RewritesJoinUnrelatedStayApart) {
  std::vector<AnalyzedDocument> docs{
      Doc("flood1", TestFile("flood_a_fr.txt"), "2023-06-16"),
      Doc("sport", TestFile("sport_fr.txt"), "2023-06-16"),
      Doc("flood2", TestFile("flood_b_fr.txt"), "2023-06-17"),
      Doc("eco", TestFile("economy_fr.txt"), "2023-06-17"),
  };
  auto groups = ClusterStories(docs);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0], (std::vector<size_t>{0, 2}));
  EXPECT_EQ(groups[1], (std::vector<size_t>{1}));
  EXPECT_EQ(groups[2], (std::vector<size_t>{3}));
}

TEST(ClusterStoriesTest, SameTopicOutsideWindowIsANewStory) {
  std::vector<AnalyzedDocument> docs{
      Doc("flood1", TestFile("flood_a_fr.txt"), "2023-06-16"),
      Doc("flood2", TestFile("flood_b_fr.txt"), "2023-09-01"),
  };
  EXPECT_EQ(ClusterStories(docs).size(), 2u);
}

TEST(ClusterStoriesTest, SeedsFormOneStoryAndUnrelatedStayApart) {
  std::string dir = std::string(RECOUPE_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no shared seeds";
  std::vector<AnalyzedDocument> docs;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths)
    docs.push_back(Doc(p.stem().string(), ReadFile(p.string()), "2022-01"));
  docs.push_back(Doc("sport", TestFile("sport_fr.txt"), "2022-01"));
  docs.push_back(Doc("eco", TestFile("economy_fr.txt"), std::nullopt));
  auto groups = ClusterStories(docs);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0], (std::vector<size_t>{0, 1, 2, 3, 4}));
}

TEST(OnlineStoryClustererTest, TranslationJoinsOnNamesAndNumbers) {
  // The English account shares almost no words with the French one, only
  // names and numbers (word cosine 0.23 here, below the strict threshold
  // set for the test); the Brazilian football report shares the country.
  ClusterOptions options;
  options.min_similarity = 0.3;
  options.min_cross_language_similarity = 0.5;
  OnlineStoryClusterer clusterer(options);
  const int64_t day = *DayNumber("2023-06-16");
  const std::optional<std::string> fr = "fr", en = "en";
  size_t flood_fr = clusterer.Add(TestFile("flood_a_fr.txt"), fr, {}, day);
  size_t football = clusterer.Add(TestFile("football_en.txt"), en, {}, day);
  size_t flood_en = clusterer.Add(TestFile("flood_c_en.txt"), en, {}, day);
  EXPECT_EQ(flood_en, flood_fr);
  EXPECT_NE(football, flood_fr);
}

TEST(TermWeightsTest, NeutralCosineComparesNamesAndNumbersOnly) {
  TermWeighter weighter;
  TermVector fr = weighter.WeighAndLearn(weighter.Count(TestFile("flood_a_fr.txt"), "fr", {}));
  TermVector en = weighter.WeighAndLearn(weighter.Count(TestFile("flood_c_en.txt"), "en", {}));
  TermVector sport = weighter.WeighAndLearn(weighter.Count(TestFile("football_en.txt"), "en", {}));
  EXPECT_GT(NeutralCosine(fr, en), 0.5);
  EXPECT_GT(NeutralCosine(fr, en), 2 * Cosine(fr, en));
  EXPECT_LT(NeutralCosine(fr, sport), 0.1);
  EXPECT_NEAR(NeutralCosine(en, en), 1.0, 1e-6);
}

TEST(ClusterStoriesTest, UndatedDocumentReadFirstStillJoinsItsStory) {
  // The undated article is read before any date is known; it must not pin
  // its story to an arbitrary day that shuts the dated rewrite out.
  std::vector<AnalyzedDocument> docs{
      Doc("flood2", TestFile("flood_b_fr.txt"), std::nullopt),
      Doc("flood1", TestFile("flood_a_fr.txt"), "2023-06-16"),
  };
  EXPECT_EQ(ClusterStories(docs).size(), 1u);
}

TEST(OnlineStoryClustererTest, MemoryBoundedByWindow) {
  ClusterOptions options;
  options.window_days = 1;
  OnlineStoryClusterer clusterer(options);
  std::string texts[] = {TestFile("sport_fr.txt"), TestFile("economy_fr.txt"),
                         TestFile("flood_a_fr.txt")};
  // 600 days, one distinct story per day: active stories stay near the window.
  size_t max_active = 0;
  for (int day = 0; day < 600; ++day) {
    std::string text =
        texts[day % 3] + " Sujet" + std::to_string(day) + " Dossier" + std::to_string(day * 7);
    clusterer.Add(text, "fr", {}, 20000 + day);
    max_active = std::max(max_active, clusterer.active_stories());
  }
  EXPECT_GT(clusterer.stories_created(), 3u);
  EXPECT_LE(max_active, 256u + 8u);  // eviction runs every 256 documents at worst
  ClusterOptions capped;
  capped.max_active_stories = 10;
  OnlineStoryClusterer by_count(capped);
  for (int i = 0; i < 300; ++i) {
    by_count.Add("Article " + std::to_string(i) + " unique" + std::to_string(i) + " texte" +
                     std::to_string(i * 13),
                 "fr", {}, std::nullopt);
  }
  EXPECT_LE(by_count.active_stories(), 11u);
}

}  // namespace
}  // namespace recoupe
