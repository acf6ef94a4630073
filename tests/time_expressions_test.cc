#include "extract/time_expressions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/calendar.h"

namespace recoupe {
namespace {

class TimeExtractorTest : public ::testing::Test {
 protected:
  std::vector<TimeExpression> Run(const std::string& text, std::optional<std::string> ref,
                                  const std::string& lang = "fr") {
    doc_.text = text;
    doc_.language = lang;
    return extractor_.Extract(doc_, TextLayout{}, ref);
  }
  // Value of the first expression whose text is `surface`, or "<none>".
  std::string ValueOf(const std::vector<TimeExpression>& times, const std::string& surface) {
    for (const auto& t : times)
      if (t.text == surface) return t.value.value_or("<null>");
    return "<none>";
  }
  TimeExtractor extractor_;
  Document doc_;
};

TEST(CalendarTest, DaysWeekdaysAndIsoWeeks) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(IsoDate(CivilFromDays(DaysFromCivil({2024, 2, 29}))), "2024-02-29");
  EXPECT_EQ(Weekday(DaysFromCivil({2022, 1, 10})), 1);  // a Monday
  EXPECT_EQ(Weekday(DaysFromCivil({2022, 1, 9})), 7);
  EXPECT_EQ(IsoWeek(DaysFromCivil({2022, 1, 3})), "2022-W01");
  EXPECT_EQ(IsoWeek(DaysFromCivil({2022, 1, 2})), "2021-W52");
  EXPECT_FALSE(IsValidDate({2022, 2, 29}));
  EXPECT_FALSE(ParseIsoDate("2022-13-01"));
}

TEST_F(TimeExtractorTest, AbsoluteDatesInEveryWriting) {
  auto times =
      Run("Le 10 janvier 2022, puis le 06.01.2022 et le 2022-01-05. Enfin le 22 décembre 2021.",
          "2022-01-10");
  EXPECT_EQ(ValueOf(times, "10 janvier 2022"), "2022-01-10");
  EXPECT_EQ(ValueOf(times, "06.01.2022"), "2022-01-06");
  EXPECT_EQ(ValueOf(times, "2022-01-05"), "2022-01-05");
  EXPECT_EQ(ValueOf(times, "22 décembre 2021"), "2021-12-22");
  auto en = Run("It happened on January 10, 2022 and on 3 March 2021.", "2022-01-10", "en");
  EXPECT_EQ(ValueOf(en, "January 10, 2022"), "2022-01-10");
  EXPECT_EQ(ValueOf(en, "3 March 2021"), "2021-03-03");
}

TEST_F(TimeExtractorTest, PartialDatesTakeTheNearestYear) {
  auto times =
      Run("Elle a été déployée le 6 janvier. Le 1er janvier, tout a commencé. Rendez-vous le 28 "
          "décembre.",
          "2022-01-10");
  EXPECT_EQ(ValueOf(times, "6 janvier"), "2022-01-06");
  EXPECT_EQ(ValueOf(times, "1er janvier"), "2022-01-01");
  EXPECT_EQ(ValueOf(times, "28 décembre"), "2021-12-28");
  auto months = Run("Un sommet en mars 2021 et des accords en 1991.", "2022-01-10");
  EXPECT_EQ(ValueOf(months, "mars 2021"), "2021-03");
  EXPECT_EQ(ValueOf(months, "1991"), "1991");
}

TEST_F(TimeExtractorTest, WeekdaysResolvedByTense) {
  // 2022-01-10 is a Monday.
  auto times =
      Run("Dimanche, le président a licencié deux responsables. Une journée de deuil était "
          "observée lundi. "
          "Il doit présenter un gouvernement au Parlement mardi. Internet a été coupé depuis "
          "mercredi dernier. "
          "Ils se réuniront lundi prochain.",
          "2022-01-10");
  EXPECT_EQ(ValueOf(times, "Dimanche"), "2022-01-09");
  EXPECT_EQ(ValueOf(times, "lundi"), "2022-01-10");
  EXPECT_EQ(ValueOf(times, "mardi"), "2022-01-11");
  EXPECT_EQ(ValueOf(times, "mercredi dernier"), "2022-01-05");
  EXPECT_EQ(ValueOf(times, "lundi prochain"), "2022-01-17");
  auto en =
      Run("The president will speak on Tuesday. Police said on Sunday that 3 died. Last Monday was "
          "calm.",
          "2022-01-10", "en");
  EXPECT_EQ(ValueOf(en, "Tuesday"), "2022-01-11");
  EXPECT_EQ(ValueOf(en, "Sunday"), "2022-01-09");
  EXPECT_EQ(ValueOf(en, "Last Monday"), "2022-01-03");
}

TEST_F(TimeExtractorTest, WeekdayWithDateUsesTheDate) {
  auto times = Run("Ce lundi 10 janvier, il a fait le bilan.", "2022-01-12");
  ASSERT_FALSE(times.empty());
  EXPECT_EQ(ValueOf(times, "lundi 10 janvier"), "2022-01-10");
  EXPECT_EQ(times[0].relation, TimeRelation::kBefore);
}

TEST_F(TimeExtractorTest, RelativeExpressionsAndHolidays) {
  auto times =
      Run("Hier, la police est intervenue. Aujourd'hui tout est calme. La semaine dernière, le "
          "gouvernement est tombé. "
          "Les protestations ont commencé le jour de l'an. Tous les événements depuis le début de "
          "cette année.",
          "2022-01-10");
  EXPECT_EQ(ValueOf(times, "Hier"), "2022-01-09");
  EXPECT_EQ(ValueOf(times, "Aujourd'hui"), "2022-01-10");
  EXPECT_EQ(ValueOf(times, "La semaine dernière"), "2022-W01");
  EXPECT_EQ(ValueOf(times, "le jour de l'an"), "2022-01-01");
  EXPECT_EQ(ValueOf(times, "depuis le début de cette année"), "2022");
  for (const auto& t : times) {
    if (t.text == "Aujourd'hui") EXPECT_EQ(t.relation, TimeRelation::kSame);
    if (t.text == "Hier") EXPECT_EQ(t.relation, TimeRelation::kBefore);
  }
  auto en = Run("Protests began on New Year's Day and grew yesterday.", "2022-01-10", "en");
  EXPECT_EQ(ValueOf(en, "New Year's Day"), "2022-01-01");
  EXPECT_EQ(ValueOf(en, "yesterday"), "2022-01-09");
}

TEST_F(TimeExtractorTest, UnknownPublicationDateKeepsUnresolvedExpressions) {
  auto times =
      Run("Dimanche, hier et le 6 janvier, mais le 10 janvier 2022 est absolu.", std::nullopt);
  EXPECT_EQ(ValueOf(times, "Dimanche"), "<null>");
  EXPECT_EQ(ValueOf(times, "hier"), "<null>");
  EXPECT_EQ(ValueOf(times, "6 janvier"), "<null>");
  EXPECT_EQ(ValueOf(times, "10 janvier 2022"), "2022-01-10");
}

TEST_F(TimeExtractorTest, SentenceIndexAndNoFalseDates) {
  auto times =
      Run("Rien ici. Il avait 81 ans et 6.846 km de frontière. Lundi, ça repart.", "2022-01-10");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].text, "Lundi");
  EXPECT_EQ(times[0].sentence, 2u);
}

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(RECOUPE_SHARED_DIR) + "/corpus/seeds/" + name);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST_F(TimeExtractorTest, SeedArticlesGiveTheAnalystsDates) {
  if (!std::filesystem::exists(std::string(RECOUPE_SHARED_DIR) + "/corpus/seeds")) GTEST_SKIP();
  std::vector<std::string> values;
  for (const auto& [file, ref] : std::vector<std::pair<std::string, std::string>>{
           {"000_48a46ed89a903f11.txt", "2022-01-10"},
           {"001_7d48d410297d9be5.txt", "2022-01-10"},
           {"002_a9be61dd6f72d0a5.txt", "2022-01-10"}}) {
    for (const auto& t : Run(ReadSeed(file), ref))
      if (t.value) values.push_back(*t.value);
  }
  EXPECT_THAT(values, ::testing::IsSupersetOf(
                          {"2022-01-09", "2022-01-10", "2022-01-11", "2022-01-06", "2022-01-01"}));
}

TEST_F(TimeExtractorTest, ASinceWordMarksTheStartOfAnInterval) {
  auto opens = [&](const std::vector<TimeExpression>& times, const std::string& surface) {
    for (const auto& t : times)
      if (t.text == surface) return t.opens_interval;
    ADD_FAILURE() << "no expression " << surface;
    return false;
  };
  auto times = Run("Des heurts ont lieu depuis lundi. Mardi, le calme est revenu.", "2022-01-12");
  EXPECT_TRUE(opens(times, "lundi"));
  EXPECT_FALSE(opens(times, "Mardi"));
  times = Run("300 morts depuis le début des manifestations le 6 janvier.", "2022-01-12");
  EXPECT_TRUE(opens(times, "6 janvier"));
  times =
      Run("Unrest since the strike began on Monday. Calm returned on Tuesday.", "2022-01-12", "en");
  EXPECT_TRUE(opens(times, "Monday"));
  EXPECT_FALSE(opens(times, "Tuesday"));
  times = Run("He has ruled since the coup and spoke on Monday.", "2022-01-12", "en");
  EXPECT_FALSE(opens(times, "Monday"));
}

TEST_F(TimeExtractorTest, BareMonthsAfterAPrepositionAndPossessiveWeekdays) {
  auto times =
      Run("More than 100 people have been killed since May. Sunday's vote was rigged, "
          "and many may leave.",
          "2023-08-14", "en");
  EXPECT_EQ(ValueOf(times, "May"), "2023-05");
  EXPECT_EQ(ValueOf(times, "Sunday's"), "2023-08-13");
  EXPECT_EQ(ValueOf(times, "may"), "<none>");
  times =
      Run("Les élections auront lieu en mars. Onze signalements entre 2017 et 2020.", "2024-01-20");
  EXPECT_EQ(ValueOf(times, "mars"), "2024-03");
  EXPECT_EQ(ValueOf(times, "2017"), "2017");
  // "d'ici lundi": by the coming Monday.
  times = Run("Si rien ne change d'ici lundi, nous agirons.", "2023-11-03");
  EXPECT_EQ(ValueOf(times, "d'ici lundi"), "2023-11-06");
}

}  // namespace
}  // namespace recoupe
