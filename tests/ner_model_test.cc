// The NER model's parts: gazetteer matching, CoNLL reading with document
// boundaries, and a train / save / load round trip of the compact model.
#include "extract/ner_model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extract/ner_gazetteer.h"

namespace recoupe {
namespace {

std::vector<uint64_t> Hashes(const std::vector<std::string>& lower) {
  std::vector<uint64_t> out;
  for (const auto& w : lower) out.push_back(NerHashWord(w));
  return out;
}

constexpr uint32_t kLocB = kGazBegin << 4, kLocI = kLocB << 1;  // LOC is type 2
constexpr uint32_t kPerB = kGazBegin;

TEST(NerWordClustersTest, LooksUpPathsAndCutsPrefixes) {
  NerWordClusters c;
  EXPECT_EQ(c.Lookup(NerHashWord("leeds")), 0u);
  // Enough words to make the table grow more than once.
  for (int k = 0; k < 200; ++k) c.Add("w" + std::to_string(k), k % 2 ? "1" : "0");
  c.Add("leeds", "101101");
  c.Add("chelsea", "101110");
  const uint32_t leeds = c.Lookup(NerHashWord("leeds"));
  const uint32_t chelsea = c.Lookup(NerHashWord("chelsea"));
  EXPECT_EQ(leeds, (6u << 24) | 0b101101u);
  EXPECT_EQ(c.Lookup(NerHashWord("w7")), (1u << 24) | 1u);
  EXPECT_EQ(c.Lookup(NerHashWord("london")), 0u);
  EXPECT_NE(leeds, chelsea);
  EXPECT_EQ(NerWordClusters::Prefix(leeds, 4), NerWordClusters::Prefix(chelsea, 4));
  EXPECT_NE(NerWordClusters::Prefix(leeds, 5), NerWordClusters::Prefix(chelsea, 5));
  EXPECT_EQ(NerWordClusters::Prefix(leeds, 4), (4u << 24) | 0b1011u);
  EXPECT_EQ(NerWordClusters::Prefix(leeds, 24), leeds);  // shorter path: whole
  EXPECT_EQ(NerWordClusters::Prefix(0, 6), 0u);
}

TEST(NerGazetteerTest, LongestMatchGetsBeginAndInsideBits) {
  NerGazetteer g;
  g.Add("LOC", "New York");
  g.Add("LOC", "York");
  g.Add("PER", "Jane Doe");
  g.Add("FIRST", "Jane");
  g.Freeze();
  std::vector<uint32_t> bits;
  g.Match(Hashes({"in", "new", "york", ",", "jane", "doe"}), bits);
  ASSERT_EQ(bits.size(), 6u);
  EXPECT_EQ(bits[0], 0u);
  EXPECT_EQ(bits[1], kLocB);
  EXPECT_TRUE(bits[2] & kLocI);
  EXPECT_EQ(bits[3], 0u);
  EXPECT_EQ(bits[4], kPerB | kGazFirst);
  EXPECT_EQ(bits[5], kPerB << 1);
}

TEST(NerGazetteerTest, EntriesAreMatchedLowercased) {
  NerGazetteer g;
  g.Add("LOC", "Kazakhstan");
  g.Freeze();
  std::vector<uint32_t> bits;
  g.Match(Hashes({NerLowercase("KAZAKHSTAN")}), bits);
  EXPECT_EQ(bits[0], kLocB);
  g.Match(Hashes({"kazakh"}), bits);
  EXPECT_EQ(bits[0], 0u);
}

std::string WriteFile(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

// Lowercasing writes into a buffer sized for the word; a few letters grow
// (U+023A, 2 bytes, lowercases to U+2C65, 3 bytes) and invalid bytes stay.
TEST(NerLowercaseTest, GrowsShrinksAndKeepsInvalidBytes) {
  EXPECT_EQ(NerLowercase("\u00C9COLE Normale"), "\u00E9cole normale");
  EXPECT_EQ(NerLowercase("\u023A\u023A\u023AB"), "\u2C65\u2C65\u2C65b");
  EXPECT_EQ(NerLowercase("\xFF"
                         "A\xC3"),
            "\xFF"
            "a\xC3");
  EXPECT_EQ(NerLowercase(""), "");
  std::string out = "previous content";
  NerLowercaseInto("AB", out);
  EXPECT_EQ(out, "ab");
}

// Short ASCII words take a fast path (no ICU); the others the general one.
// Words that differ only by a non-ASCII character must agree on what the
// character does not change.
TEST(NerFeaturizerTest, AsciiFastPathAgreesWithTheGeneralPath) {
  NerFeaturizer f({"mr", "président"});
  // U+2019 is the apostrophe '\'' to the model: one word either way.
  auto info = f.Analyze({"McDonald's", "McDonald\u2019s", "Mr", "Président", "Mrs"});
  EXPECT_EQ(info[0].shape, info[1].shape);
  EXPECT_EQ(info[0].short_shape, info[1].short_shape);
  for (int a = 0; a < 4; ++a) EXPECT_EQ(info[0].prefix[a], info[1].prefix[a]);
  for (int a = 0; a < 4; ++a) EXPECT_EQ(info[0].suffix[a], info[1].suffix[a]);
  EXPECT_EQ(info[0].lower, NerHashWord("mcdonald's"));
  EXPECT_EQ(info[1].lower, NerHashWord("mcdonald's"));
  EXPECT_TRUE(info[0].capitalized && info[1].capitalized);
  EXPECT_FALSE(info[0].all_caps || info[1].all_caps);
  EXPECT_TRUE(info[2].title_word);
  EXPECT_TRUE(info[3].title_word);
  EXPECT_FALSE(info[4].title_word);
  // An ASCII word over 64 bytes goes the general way: same lowercase hash.
  const std::string long_word = "ABC" + std::string(67, 'A');
  auto long_info = f.Analyze({long_word, "ABC"});
  EXPECT_EQ(long_info[0].lower, NerHashWord("abc" + std::string(67, 'a')));
  EXPECT_EQ(long_info[0].prefix[2], long_info[1].prefix[2]);  // "abc"
  EXPECT_TRUE(long_info[0].all_caps && long_info[1].all_caps);
}

TEST(ReadConllTest, DocstartSeparatesDocuments) {
  std::string path = WriteFile("ner_docs.conllu",
                               "0\t-DOCSTART-\tO\n\n0\tParis\tB-LOC\n\n0\tMarie\tB-PER\n\n"
                               "0\t-DOCSTART-\tO\n\n0\tLyon\tB-LOC\n1\tgagne\tO\n\n");
  auto data = ReadConll(path);
  ASSERT_EQ(data.size(), 3u);
  EXPECT_EQ(data[0].doc, data[1].doc);
  EXPECT_NE(data[1].doc, data[2].doc);
  EXPECT_EQ(data[2].tags, (std::vector<int>{NerTagFromName("B-LOC"), 0}));
}

TEST(ReadConllTest, WithoutDocstartEachSentenceIsADocument) {
  std::string path = WriteFile("ner_nodocs.conllu", "Paris\tB-LOC\n\nMarie\tB-PER\n\n");
  auto data = ReadConll(path);
  ASSERT_EQ(data.size(), 2u);
  EXPECT_NE(data[0].doc, data[1].doc);
}

// A toy corpus: capitalised words after "in" are places, after "said" persons.
std::vector<NerSentence> ToyCorpus(bool documents) {
  const std::vector<std::string> places = {"Paris", "Lyon", "Nantes", "Lille"};
  const std::vector<std::string> people = {"Marie", "Jean", "Paul", "Anne"};
  std::vector<NerSentence> data;
  for (int k = 0; k < 40; ++k) {
    NerSentence s;
    s.words = {"it", "rained", "in", places[k % 4], ",", "said", people[(k / 4) % 4], "."};
    s.tags = {0, 0, 0, NerTagFromName("B-LOC"), 0, 0, NerTagFromName("B-PER"), 0};
    s.doc = documents ? k / 4 : k;
    data.push_back(s);
  }
  return data;
}

TEST(NerModelTest, TrainSaveLoadPredictsTheSame) {
  NerModel model;
  model.Train(ToyCorpus(true), 5);
  ASSERT_FALSE(model.empty());
  EXPECT_TRUE(model.document_level());
  std::vector<std::string_view> words = {"it", "rained", "in", "Lille", ",", "said", "Anne", "."};
  auto tags = model.Predict(words);
  EXPECT_EQ(NerTagName(tags[3]), std::string("B-LOC"));
  EXPECT_EQ(NerTagName(tags[6]), std::string("B-PER"));

  auto path = (std::filesystem::temp_directory_path() / "ner_toy.bin").string();
  ASSERT_TRUE(model.Save(path));
  NerModel loaded;
  ASSERT_TRUE(loaded.Load(path));
  EXPECT_EQ(loaded.rows(), model.rows());
  EXPECT_TRUE(loaded.document_level());
  EXPECT_EQ(loaded.Predict(words), tags);
  auto doc = loaded.PredictDocument({words, words});
  ASSERT_EQ(doc.size(), 2u);
  EXPECT_EQ(doc[0], tags);
}

TEST(NerModelTest, SecondPassIsTrainedSavedAndLoaded) {
  NerModel model;
  model.Train(ToyCorpus(true), 5, {}, 0.002, /*folds=*/3);
  ASSERT_TRUE(model.two_pass());
  std::vector<std::string_view> words = {"it", "rained", "in", "Lille", ",", "said", "Anne", "."};
  auto tags = model.Predict(words);
  EXPECT_EQ(NerTagName(tags[3]), std::string("B-LOC"));
  EXPECT_EQ(NerTagName(tags[6]), std::string("B-PER"));
  auto path = (std::filesystem::temp_directory_path() / "ner_toy2.bin").string();
  ASSERT_TRUE(model.Save(path));
  NerModel loaded;
  ASSERT_TRUE(loaded.Load(path));
  EXPECT_TRUE(loaded.two_pass());
  EXPECT_EQ(loaded.rows(), model.rows());
  EXPECT_EQ(loaded.PredictDocument({words, words}), model.PredictDocument({words, words}));
  // A one-pass model says so.
  NerModel one;
  one.Train(ToyCorpus(true), 5);
  EXPECT_FALSE(one.two_pass());
}

TEST(NerModelTest, OneWordEntityBeforeALongerOneOfAnotherTypeStaysApart) {
  // Tagged inside as BILOU, returned as BIO: "Australian" (one word, MISC)
  // then "Tom Moody" (two words, PER) come back as B-MISC, B-PER, I-PER.
  const std::vector<std::string> adjectives = {"Australian", "Kenyan", "Dutch", "Chilean"};
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Tom", "Moody"}, {"Ann", "Kerr"}, {"Raul", "Diaz"}, {"Eva", "Berg"}};
  std::vector<NerSentence> data;
  for (int k = 0; k < 48; ++k) {
    NerSentence s;
    s.words = {
        "the", adjectives[k % 4], people[(k / 4) % 4].first, people[(k / 4) % 4].second, "won",
        "."};
    s.tags = {0, NerTagFromName("B-MISC"), NerTagFromName("B-PER"), NerTagFromName("I-PER"), 0, 0};
    s.doc = k / 4;
    data.push_back(s);
  }
  NerModel model;
  model.Train(data, 5);
  std::vector<std::string_view> words = {"the", "Dutch", "Ann", "Kerr", "won", "."};
  std::vector<std::string> names;
  for (int t : model.Predict(words)) names.push_back(NerTagName(t));
  EXPECT_EQ(names, (std::vector<std::string>{"O", "B-MISC", "B-PER", "I-PER", "O", "O"}));
}

TEST(NerFirstPassTest, RecordsTypesOfEveryOccurrenceAndOfLongerEntities) {
  NerFeaturizer featurizer;
  std::vector<std::vector<std::string_view>> sentences = {
      {"Bill", "Clinton", "spoke", "."}, {"Clinton", "left", "Leeds", "."}, {"Leeds", "won"}};
  auto doc = featurizer.AnalyzeDocument(sentences);
  const int b_per = NerTagFromName("B-PER"), i_per = NerTagFromName("I-PER");
  const int b_loc = NerTagFromName("B-LOC"), b_org = NerTagFromName("B-ORG");
  NerAddFirstPass(doc, {{b_per, i_per, 0, 0}, {0, 0, b_loc, 0}, {b_org, 0}});
  // "Clinton" alone was missed, but it is part of a person elsewhere.
  EXPECT_EQ(doc[1][0].first_tag, 0);
  EXPECT_EQ(doc[1][0].first_entity_types, 1u << 1);       // PER
  EXPECT_EQ(doc[1][0].first_word_types, (1u << 1) | 1u);  // PER and O
  // "Leeds": LOC here, ORG later; no longer entity holds it.
  EXPECT_EQ(doc[1][2].first_word_types, (1u << 3) | (1u << 2));
  EXPECT_EQ(doc[2][0].first_word_types, doc[1][2].first_word_types);
  EXPECT_EQ(doc[2][0].first_entity_types, 0u);
  EXPECT_EQ(doc[2][0].first_tag, b_org);
}

TEST(NerModelTest, SentenceCorpusGivesASentenceLevelModel) {
  NerModel model;
  model.Train(ToyCorpus(false), 3);
  EXPECT_FALSE(model.document_level());
}

TEST(NerModelTest, RejectsOtherFiles) {
  NerModel model;
  EXPECT_FALSE(model.Load(WriteFile("ner_garbage.bin", "not a model at all")));
  EXPECT_FALSE(model.Load("/nonexistent/ner.bin"));
  EXPECT_TRUE(model.empty());
  std::vector<std::string_view> words = {"Paris"};
  EXPECT_EQ(model.Predict(words), std::vector<int>{0});
}

}  // namespace
}  // namespace recoupe
