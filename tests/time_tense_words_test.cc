// Tense words from data/<lang>/time_words.tsv that choose which weekday a
// bare weekday name means: inverted French auxiliaries ("a-t-il déclaré
// mardi") are past, whatever a quotation nearby says about the future.
#include <gtest/gtest.h>

#include "extract/time_expressions.h"

namespace recoupe {
namespace {

std::string WeekdayValue(const std::string& text, const std::string& lang) {
  static const TimeExtractor extractor;
  Document doc;
  doc.text = text;
  doc.language = lang;
  auto times = extractor.Extract(doc, TextLayout{}, std::string("2023-07-26"));  // a Wednesday
  return times.empty() ? "<none>" : times[0].value.value_or("<null>");
}

TEST(TimeTenseWordsTest, InvertedAuxiliaryIsPastDespiteAFutureQuote) {
  EXPECT_EQ(
      WeekdayValue("« Les responsables devront rendre des comptes », a-t-il déclaré mardi.", "fr"),
      "2023-07-25");
  EXPECT_EQ(WeekdayValue("« Nous reviendrons », a-t-elle promis lundi.", "fr"), "2023-07-24");
  EXPECT_EQ(WeekdayValue("Le président doit se rendre vendredi sur place.", "fr"), "2023-07-28");
  EXPECT_EQ(WeekdayValue("\"Whoever is responsible will be held accountable,\" he said on Tuesday.",
                         "en"),
            "2023-07-25");
}

}  // namespace
}  // namespace recoupe
