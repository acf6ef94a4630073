// The per-document extraction (quotes with speakers, figures, time
// expressions) on the invented wire articles of tests/data/extract-cases,
// against their hand-written NAME.expect.json (format in that folder's
// README.md). Every expectation not marked "known_gap" must hold; the
// scorer tests/extract_cases_score.py prints the same comparison in full.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "pipeline/analyzer.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path CasesDir() {
  return fs::path(RECOUPE_TEST_DATA_DIR) / "extract-cases";
}

bool Overlaps(Span a, Span b) {
  return a.start < b.end && b.start < a.end;
}

// The span of the only occurrence of `find` in the document's text.
Span Locate(const std::string& text, const std::string& find) {
  size_t pos = text.find(find);
  EXPECT_NE(pos, std::string::npos) << "not in the text: " << find;
  EXPECT_EQ(text.find(find, pos + 1), std::string::npos) << "not unique: " << find;
  if (pos == std::string::npos) return {0, 0};
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + find.size())};
}

std::string OptionalText(const std::optional<std::string>& s) {
  return s.value_or("null");
}

class ExtractCasesTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { analyzer_ = new Analyzer(); }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }
  static Analyzer* analyzer_;
};
Analyzer* ExtractCasesTest::analyzer_ = nullptr;

TEST_P(ExtractCasesTest, WhatAnAnalystRecords) {
  const fs::path expect_path = CasesDir() / (GetParam() + ".expect.json");
  std::ifstream in(expect_path);
  ASSERT_TRUE(in) << expect_path;
  const json expect = json::parse(in);
  std::vector<AnalyzedDocument> docs =
      analyzer_->ReadAll({(CasesDir() / (GetParam() + ".txt")).string()}, AnalyzeOptions{});
  ASSERT_EQ(docs.size(), 1u);
  const Document& doc = docs[0].doc;
  const DocumentFacts& facts = docs[0].facts;
  ASSERT_TRUE(doc.ok()) << doc.error;
  EXPECT_EQ(OptionalText(doc.published), expect["published"].get<std::string>());

  for (const json& q : expect["quotes"]) {
    if (q.contains("known_gap")) continue;
    const std::string find = q["find"];
    SCOPED_TRACE("quote: " + find);
    const Span span = Locate(doc.text, find);
    const Quote* got = nullptr;
    for (const Quote& x : facts.quotes)
      if (Overlaps(span, x.span)) got = got ? got : &x;
    ASSERT_NE(got, nullptr);
    std::vector<std::string> wanted;
    if (q.contains("speaker_any")) {
      wanted = q["speaker_any"].get<std::vector<std::string>>();
    } else {
      wanted.push_back(q["speaker"].is_null() ? "" : q["speaker"].get<std::string>());
    }
    const bool right = std::find(wanted.begin(), wanted.end(), got->speaker_name) != wanted.end();
    EXPECT_TRUE(right) << "speaker '" << got->speaker_name << "', want '" << wanted[0] << "'";
  }

  std::vector<Span> accounted;
  for (const char* list : {"figures", "figures_optional"}) {
    for (const json& f : expect[list]) {
      const Span span = Locate(doc.text, f["find"]);
      for (const Figure& x : facts.figures)
        if (Overlaps(span, x.span)) accounted.push_back(x.span);
    }
  }
  for (const json& f : expect["figures"]) {
    if (f.contains("known_gap")) continue;
    const std::string find = f["find"];
    SCOPED_TRACE("figure: " + find);
    const Span span = Locate(doc.text, find);
    const std::optional<double> value =
        f["value"].is_null() ? std::nullopt : std::optional<double>(f["value"].get<double>());
    const Figure* got = nullptr;
    for (const Figure& x : facts.figures)
      if (Overlaps(span, x.span) && x.value == value) got = got ? got : &x;
    ASSERT_NE(got, nullptr) << "no figure of that value here";
    EXPECT_EQ(got->category, f["category"].get<std::string>()) << got->text;
    EXPECT_EQ(QualifierName(got->qualifier), f["qualifier"].get<std::string>()) << got->text;
    if (f.contains("group")) EXPECT_EQ(got->group, f["group"].get<std::string>()) << got->text;
    if (f.contains("as_of")) EXPECT_EQ(OptionalText(got->as_of), f["as_of"].get<std::string>());
  }
  for (const Figure& x : facts.figures) {
    bool known = false;
    for (Span a : accounted) known |= a.start == x.span.start && a.end == x.span.end;
    EXPECT_TRUE(known) << "false alarm figure: " << x.text;
  }

  for (const json& t : expect["times"]) {
    if (t.contains("known_gap")) continue;
    const std::string find = t["find"];
    SCOPED_TRACE("time: " + find);
    const Span span = Locate(doc.text, find);
    const TimeExpression* got = nullptr;
    for (const TimeExpression& x : facts.times)
      if (Overlaps(span, x.span)) got = got ? got : &x;
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(OptionalText(got->value), t["value"].get<std::string>()) << got->text;
  }
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(CasesDir(), ec)) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = ".expect.json";
    if (file.size() > suffix.size() && file.ends_with(suffix))
      names.push_back(file.substr(0, file.size() - suffix.size()));
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, ExtractCasesTest, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace recoupe
