// Figure::as_of from the time expressions of the figure's sentence, through
// the whole per-document extraction (segmentation + Extractor).
#include "extract/figure_dates.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

class FigureDatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { extractor_ = new Extractor(); }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }
  // Figures of `text` published on Monday 2022-01-10 (or undated).
  std::vector<Figure> Figures(const std::string& text, const std::string& lang = "fr",
                              std::optional<std::string> published = "2022-01-10") {
    Document doc;
    doc.id = "d";
    doc.text = text;
    doc.language = lang;
    doc.published = published;
    TextLayout layout = Segment(doc.text, lang);
    return extractor_->Extract(doc, layout).figures;
  }
  static Extractor* extractor_;
};
Extractor* FigureDatesTest::extractor_ = nullptr;

TEST_F(FigureDatesTest, WeekdayOrDateOfTheSameSentence) {
  auto f = Figures("Près de 8 000 personnes ont été arrêtées depuis dimanche.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
  f = Figures("Le 6 janvier, 18 personnes ont été tuées dans les affrontements.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-06");
  f = Figures("At least 20 people were killed on Sunday, officials said.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
}

TEST_F(FigureDatesTest, NearestDateWhenASentenceHasSeveral) {
  auto f = Figures(
      "Le 6 janvier, 18 personnes ont été tuées et, le 8 janvier, 40 personnes ont été blessées.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].as_of, "2022-01-06");
  EXPECT_EQ(f[1].as_of, "2022-01-08");
}

TEST_F(FigureDatesTest, NoDateFromOtherSentencesTheFutureOrAnUnknownPublication) {
  auto f = Figures(
      "Lundi, le président a parlé aux alliés. Au total, 300 personnes ont été "
      "arrêtées par la police.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].as_of);
  // "doit quitter ... mardi": a plan, not the date the count holds.
  f = Figures("Une mission qui compte 2 000 soldats doit quitter le pays mardi.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].as_of);
  // A past year dates the count to that year only (history, never compared).
  f = Figures("En 2021, 300 personnes ont été arrêtées.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2021");
  f = Figures("Près de 8 000 personnes ont été arrêtées depuis dimanche.", "fr", std::nullopt);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].as_of);
}

}  // namespace
}  // namespace recoupe
