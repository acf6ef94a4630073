#include "text/numbers.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

// The single number read from `text` (fails when there is not exactly one).
NumberMention One(const std::string& text, const std::string& lang = "fr") {
  auto all = FindNumbers(text, TextLayout{}, lang);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? NumberMention{} : all[0];
}

double ValueOf(const std::string& text, const std::string& lang = "fr") {
  NumberMention m = One(text, lang);
  EXPECT_TRUE(m.value.has_value()) << text;
  return m.value.value_or(-1);
}

TEST(NumbersTest, DigitGroupSeparators) {
  EXPECT_EQ(ValueOf("8 000 personnes"), 8000);
  EXPECT_EQ(ValueOf("8\u00a0000 personnes"), 8000);
  EXPECT_EQ(ValueOf("8\u202f000 personnes"), 8000);
  EXPECT_EQ(ValueOf("1 250 000 habitants"), 1250000);
  EXPECT_EQ(ValueOf("environ 2.000 arrestations"), 2000);
  EXPECT_EQ(ValueOf("6.846 km"), 6846);
  EXPECT_EQ(ValueOf("1,600 people", "en"), 1600);
  EXPECT_EQ(ValueOf("2 030 soldats"), 2030);
}

TEST(NumbersTest, DecimalsAndMultipliers) {
  EXPECT_DOUBLE_EQ(ValueOf("3,5 %"), 3.5);
  EXPECT_DOUBLE_EQ(ValueOf("3.5 percent", "en"), 3.5);
  EXPECT_DOUBLE_EQ(ValueOf("2,5 millions de personnes"), 2500000);
  EXPECT_DOUBLE_EQ(ValueOf("1.2 million people", "en"), 1200000);
}

TEST(NumbersTest, SpanCoversTheWholeNumber) {
  std::string text = "plus de 1 600 autres";
  NumberMention m = One(text);
  EXPECT_EQ(text.substr(m.span.start, m.span.size()), "1 600");
  EXPECT_FALSE(m.in_words);
}

TEST(NumbersTest, FrenchWords) {
  EXPECT_EQ(ValueOf("dix-huit tués"), 18);
  EXPECT_EQ(ValueOf("vingt et un morts"), 21);
  EXPECT_EQ(ValueOf("soixante-dix blessés"), 70);
  EXPECT_EQ(ValueOf("quatre-vingt-dix-sept personnes"), 97);
  EXPECT_EQ(ValueOf("deux mille soldats"), 2000);
  EXPECT_EQ(ValueOf("trois cent cinquante véhicules"), 350);
  EXPECT_EQ(ValueOf("deux millions d'habitants"), 2000000);
  NumberMention millier = One("un millier de blessés");
  EXPECT_EQ(millier.value, 1000);
  EXPECT_TRUE(millier.approximate);
  EXPECT_TRUE(millier.in_words);
}

TEST(NumbersTest, EnglishWords) {
  EXPECT_EQ(ValueOf("two thousand troops", "en"), 2000);
  EXPECT_EQ(ValueOf("one hundred and five people", "en"), 105);
  EXPECT_EQ(ValueOf("seventy-two arrests", "en"), 72);
  NumberMention dozen = One("a dozen soldiers", "en");
  EXPECT_EQ(dozen.value, 12);
  EXPECT_TRUE(dozen.approximate);
}

TEST(NumbersTest, VagueAmountsHaveAnOrderAndNoValue) {
  for (const auto& [text, order, lang] : std::vector<std::tuple<std::string, double, std::string>>{
           {"des dizaines de morts", 10, "fr"},
           {"plusieurs centaines de civils", 100, "fr"},
           {"des milliers de manifestants", 1000, "fr"},
           {"quelques milliers", 1000, "fr"},
           {"hundreds of people", 100, "en"},
           {"dozens of people", 12, "en"},
           {"several thousand troops", 1000, "en"},
           {"des dizaines de milliers de manifestants", 10000, "fr"},
           {"tens of thousands of people", 10000, "en"},
           {"hundreds of thousands of people", 100000, "en"}}) {
    NumberMention m = One(text, lang);
    EXPECT_FALSE(m.value.has_value()) << text;
    EXPECT_EQ(m.order, order) << text;
  }
  std::string text = "plusieurs centaines de civils";
  NumberMention m = One(text);
  EXPECT_EQ(text.substr(m.span.start, m.span.size()), "plusieurs centaines");
}

TEST(NumbersTest, ArticlesDatesAndOrdinalsAreNotNumbers) {
  EXPECT_TRUE(FindNumbers("un homme et une femme", TextLayout{}, "fr").empty());
  EXPECT_TRUE(FindNumbers("a man", TextLayout{}, "en").empty());
  EXPECT_TRUE(FindNumbers("le 06.01.2022 à 10h30", TextLayout{}, "fr").empty());
  EXPECT_TRUE(FindNumbers("le 2e jour, le XXIe siècle, Khabar-24", TextLayout{}, "fr").empty());
  EXPECT_TRUE(FindNumbers("plusieurs jours", TextLayout{}, "fr").empty());
}

TEST(NumbersTest, SeveralNumbersInOrder) {
  auto all = FindNumbers("16 membres tués et plus de 1 600 autres blessés, dix-huit en tout",
                         TextLayout{}, "fr");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].value, 16);
  EXPECT_EQ(all[1].value, 1600);
  EXPECT_EQ(all[2].value, 18);
}

}  // namespace
}  // namespace recoupe
