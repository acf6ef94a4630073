#include "report/html_report.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "resolve/story_builder.h"
#include "resolve_test_util.h"

namespace recoupe {
namespace {

using testing::AddEntity;
using testing::AddQuote;
using testing::Find;
using testing::MakeDoc;

Figure Killed(const AnalyzedDocument& ad, std::string_view text, double value) {
  Figure f;
  f.span = Find(ad, text);
  f.text = std::string(text);
  f.value = value;
  f.category = "killed";
  f.group = "security_forces";
  return f;
}

// A small analysis built by hand: two outlets, one statement in two wordings,
// two counts that disagree, a variant spelling, a rejected file, and text
// that must be escaped.
Analysis SampleAnalysis() {
  Analysis analysis;
  auto a = MakeDoc("vent-du-nord",
                   "Crise à Oulan-Khoto\n\nLe président Aïdar Sultanbekov a déclaré : « Leur "
                   "objectif semblait clair : saper les institutions de la région et prendre le "
                   "port ». Selon lui, 12 policiers ont été tués. <script>alert(1)</script>",
                   "2023-03-13");
  a.doc.outlet = "leventdunord.example";
  a.doc.title = "Crise à Oulan-Khoto : le président accuse";
  AddEntity(a, "Aïdar Sultanbekov", EntityType::kPer);
  AddEntity(a, "Oulan-Khoto", EntityType::kLoc);
  AddQuote(a,
           "Leur objectif semblait clair : saper les institutions de la région et prendre le port",
           "Aïdar Sultanbekov");
  a.facts.figures.push_back(Killed(a, "12 policiers ont été tués", 12));
  auto b = MakeDoc("steppe-info",
                   "Le président Aidar Soultanbekov a affirmé : « l'objectif principal était de "
                   "saper les institutions régionales et de prendre le port ». Quinze policiers "
                   "ont péri à Ulan-Hoto.",
                   "2023-03-13");
  b.doc.outlet = "steppe-info.example";
  AddEntity(b, "Aidar Soultanbekov", EntityType::kPer);
  AddEntity(b, "Ulan-Hoto", EntityType::kLoc);
  AddQuote(b,
           "l'objectif principal était de saper les institutions régionales et de prendre le port",
           "Aidar Soultanbekov");
  b.facts.figures.push_back(Killed(b, "Quinze policiers ont péri", 15));
  Document bad;
  bad.id = "image";
  bad.source = "in/image.bin";
  Reject(bad, "The file is binary, not text.");
  analysis.documents.push_back(std::move(a));
  analysis.documents.push_back(std::move(b));
  analysis.documents.push_back(AnalyzedDocument{bad, {}, {}});
  TimeExtractor times;
  analysis.stories.push_back(BuildStory("s1", {0, 1}, analysis, times, Phrases::Load("fr")));
  return analysis;
}

TEST(HtmlReportTest, ShowsStoryDisagreementStatementsVariantsAndEscapes) {
  Analysis analysis = SampleAnalysis();
  std::ostringstream out;
  WriteHtmlReport(analysis, Phrases::Load("fr"), out);
  const std::string html = out.str();
  EXPECT_NE(html.find("Crise à Oulan-Khoto : le président accuse"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"disagree\">"), std::string::npos);
  EXPECT_NE(html.find("Aidar Soultanbekov ×1"), std::string::npos);
  EXPECT_NE(html.find("class=\"statement\""), std::string::npos);
  EXPECT_NE(html.find("The file is binary, not text."), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);  // nothing external
  // Every value links to a mark in the document text.
  EXPECT_NE(html.find("href=\"#s1-f1\""), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"fig\" id=\"s1-f1\">12 policiers ont été tués</mark>"),
            std::string::npos);
  if (const char* path = std::getenv("RECOUPE_HTML_SAMPLE_OUT")) {
    std::ofstream file(path, std::ios::binary);
    file << html;
  }
}

}  // namespace
}  // namespace recoupe
