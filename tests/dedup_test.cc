#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "core/analysis.h"
#include "core/data_files.h"
#include "dedup/minhash.h"
#include "dedup/near_duplicate_index.h"
#include "dedup/near_duplicates.h"
#include "dedup/passage_alignment.h"
#include "dedup/word_tokenizer.h"

namespace recoupe {
namespace {

std::string TestFile(const std::string& name) {
  return ReadFile(std::string(RECOUPE_TEST_DATA_DIR) + "/cluster/" + name);
}

AnalyzedDocument Doc(std::string id, std::string text, std::string published = "2023-06-16") {
  AnalyzedDocument d;
  d.doc.id = std::move(id);
  d.doc.text = std::move(text);
  d.doc.published = std::move(published);
  d.doc.language = "fr";
  return d;
}

TEST(WordTokenizerTest, LowercasesSplitsAndKeepsSpans) {
  std::string text = "L'État a dit\u00A0: «\u202FÉMEUTES\u202F» — 8 000 arrêtés.";
  std::vector<Word> words = TokenizeWords(text);
  ASSERT_EQ(words.size(), 8u);  // "8 000" is two words here
  EXPECT_EQ(words[0].norm, "l");
  EXPECT_EQ(words[1].norm, "état");
  EXPECT_TRUE(words[1].capitalised);
  EXPECT_EQ(text.substr(words[1].span.start, words[1].span.size()), "État");
  EXPECT_EQ(words[4].norm, "émeutes");
  EXPECT_TRUE(words[5].numeric);
  EXPECT_TRUE(words[6].numeric);
  EXPECT_EQ(words[7].norm, "arrêtés");
  EXPECT_EQ(NormalizeWord("Arrêtés ŒUVRE Łódź", true), "arretes oeuvre lodz");
}

TEST(MinHashTest, SignatureAgreementTracksJaccard) {
  std::string base = TestFile("economy_fr.txt");
  ShingledText a = ShingleText(base, 5);
  ShingledText same = ShingleText(base, 5);
  ShingledText other = ShingleText(TestFile("sport_fr.txt"), 5);
  auto sa = MinHashSignature(a.unique, 128), ss = MinHashSignature(same.unique, 128),
       so = MinHashSignature(other.unique, 128);
  int agree_same = 0, agree_other = 0;
  for (int i = 0; i < 128; ++i) {
    agree_same += sa[i] == ss[i];
    agree_other += sa[i] == so[i];
  }
  EXPECT_EQ(agree_same, 128);
  EXPECT_LT(agree_other, 8);
}

TEST(NearDuplicatesTest, ExactCopyDetected) {
  std::string text = TestFile("flood_a_fr.txt");
  std::vector<AnalyzedDocument> docs{Doc("a", text), Doc("b", text),
                                     Doc("c", TestFile("sport_fr.txt"))};
  auto pairs = FindNearDuplicates(docs);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].a, "a");
  EXPECT_EQ(pairs[0].b, "b");
  EXPECT_DOUBLE_EQ(pairs[0].similarity, 1.0);
  ASSERT_EQ(pairs[0].shared_passages.size(), 1u);
  EXPECT_EQ(pairs[0].shared_passages[0].a_start, 0u);
  EXPECT_EQ(pairs[0].shared_passages[0].b_end, text.size() - 2);  // ends at the last word
}

TEST(NearDuplicatesTest, WrappedCopyFoundWithPassagesInsideChrome) {
  std::string wire = TestFile("flood_a_fr.txt");
  std::string header =
      "Accueil | Monde | Amériques\nPublié le 16/06/2023 à 10h42 Partager Tweeter\n\n";
  std::string footer =
      "\n\nLire aussi : les autres actualités du jour dans notre rubrique internationale, "
      "abonnez-vous à notre lettre quotidienne et suivez-nous sur les réseaux sociaux.";
  std::string wrapped = header + wire + footer;
  std::vector<AnalyzedDocument> docs{Doc("wire", wire), Doc("site", wrapped)};
  auto pairs = FindNearDuplicates(docs);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_GE(pairs[0].similarity, 0.9);
  ASSERT_FALSE(pairs[0].shared_passages.empty());
  const SharedPassage& p = pairs[0].shared_passages.front();
  // The passage starts at the wire text inside the page, not in the chrome.
  EXPECT_EQ(p.a_start, 0u);
  EXPECT_EQ(p.b_start, header.size());
  EXPECT_LE(pairs[0].shared_passages.back().b_end, header.size() + wire.size());
  EXPECT_EQ(docs[1].doc.text.substr(p.b_start, 20), wire.substr(0, 20));
}

TEST(NearDuplicatesTest, TruncatedCopyFoundByContainment) {
  std::string wire = TestFile("flood_a_fr.txt") + "\n" + TestFile("flood_b_fr.txt");
  std::string first_part = wire.substr(0, wire.size() / 3);
  std::vector<AnalyzedDocument> docs{Doc("full", wire), Doc("short", first_part)};
  auto pairs = FindNearDuplicates(docs);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_GE(pairs[0].similarity, 0.95);  // containment of the short piece
  ASSERT_EQ(pairs[0].shared_passages.size(), 1u);
  EXPECT_EQ(pairs[0].shared_passages[0].a_start, 0u);
}

TEST(NearDuplicatesTest, EditedCopyMergesPassagesAcrossSmallEdits) {
  std::string text = TestFile("economy_fr.txt");
  std::string edited = text;
  size_t at = edited.find("principal moteur");
  ASSERT_NE(at, std::string::npos);
  edited.replace(at, 9, "premier");
  ShingledText a = ShingleText(text, 5), b = ShingleText(edited, 5);
  auto passages = AlignPassages(a, b);
  ASSERT_EQ(passages.size(), 1u);  // one word changed: still one passage
  EXPECT_EQ(passages[0].a_end, text.size() - 2);
}

TEST(NearDuplicatesTest, RewriteOfSameEventIsNotADuplicate) {
  std::vector<AnalyzedDocument> docs{Doc("a", TestFile("flood_a_fr.txt")),
                                     Doc("b", TestFile("flood_b_fr.txt"))};
  EXPECT_TRUE(FindNearDuplicates(docs).empty());
}

TEST(NearDuplicatesTest, SeedsHaveNoNearDuplicates) {
  std::string dir = std::string(RECOUPE_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no shared seeds";
  std::vector<AnalyzedDocument> docs;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    docs.push_back(Doc(e.path().stem().string(), ReadFile(e.path().string()), "2022-01"));
  }
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_TRUE(FindNearDuplicates(docs).empty());
}

TEST(NearDuplicateIndexTest, WindowEvictsOldDocuments) {
  NearDuplicateOptions options;
  options.window_days = 3;
  NearDuplicateIndex index(options);
  std::string text = TestFile("flood_a_fr.txt");
  EXPECT_TRUE(index.Add(0, text, 100).empty());
  EXPECT_EQ(index.Add(1, text, 102).size(), 1u);  // inside the window
  EXPECT_TRUE(index.Add(2, TestFile("sport_fr.txt"), 110).empty());
  EXPECT_EQ(index.indexed(), 1u);  // the two old ones are gone
  EXPECT_TRUE(index.Add(3, text, 110).empty());
}

}  // namespace
}  // namespace recoupe
