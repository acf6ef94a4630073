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
  auto f = Figures("Dimanche, 8 000 personnes avaient été arrêtées.");
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
  // The numbers of the count itself are no years.
  f = Figures("Between 1500 and 2000 people were evacuated.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].as_of);
  f = Figures("Près de 8 000 personnes ont été arrêtées depuis dimanche.", "fr", std::nullopt);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].as_of);
}

// A count accumulated since some day holds as of when it was given: the
// publication date, or the other day its sentence reports it on.
TEST_F(FigureDatesTest, ACumulativeCountHoldsAsOfItsReportNotItsStart) {
  auto f = Figures("Près de 8 000 personnes ont été arrêtées depuis dimanche.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-10");
  f = Figures("Au moins 30 personnes ont été tuées depuis le début des manifestations samedi.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-10");
  f = Figures("Dimanche, la police faisait état de 300 arrestations depuis vendredi.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
  f = Figures("At least 30 people have been killed since Saturday.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-10");
  f = Figures("Police have arrested 300 people since the protests began on Friday.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-10");
  f = Figures("On Sunday, officials said 40 people had been killed since Friday.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
}

TEST_F(FigureDatesTest, ASinceWordOnlyGovernsItsOwnPhrase) {
  // "et"/"and", a comma or a number end the since phrase: the day after is
  // when the count held.
  auto f = Figures("Il dirige le pays depuis le coup d'État et a annoncé dimanche 12 morts.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
  f = Figures("He has ruled since the coup and said on Sunday that 12 soldiers were killed.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
  f = Figures("Since then, 12 soldiers were killed on Sunday.", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].as_of, "2022-01-09");
}

}  // namespace
}  // namespace recoupe
