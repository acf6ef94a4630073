// Calendar strings: ISO dates and weeks, zero-padded as printf's %04d/%02d.
#include <gtest/gtest.h>

#include "extract/calendar.h"

namespace recoupe {
namespace {

TEST(CalendarTest, IsoDateIsZeroPadded) {
  EXPECT_EQ(IsoDate({2022, 1, 6}), "2022-01-06");
  EXPECT_EQ(IsoDate({2024, 12, 31}), "2024-12-31");
  EXPECT_EQ(IsoDate({987, 3, 4}), "0987-03-04");
}

TEST(CalendarTest, IsoDateOutsideFourDigitYearsPrintsLikePrintf) {
  EXPECT_EQ(IsoDate({12345, 1, 1}), "12345-01-01");
  EXPECT_EQ(IsoDate({-5, 1, 1}), "-005-01-01");
}

TEST(CalendarTest, IsoWeekTakesTheYearOfItsThursday) {
  EXPECT_EQ(IsoWeek(DaysFromCivil({2022, 1, 10})), "2022-W02");
  EXPECT_EQ(IsoWeek(DaysFromCivil({2021, 1, 3})), "2020-W53");
  EXPECT_EQ(IsoWeek(DaysFromCivil({2024, 12, 30})), "2025-W01");
}

TEST(CalendarTest, DaysRoundTrip) {
  const CivilDate d{2022, 1, 6};
  const CivilDate back = CivilFromDays(DaysFromCivil(d));
  EXPECT_EQ(IsoDate(back), "2022-01-06");
  EXPECT_EQ(Weekday(DaysFromCivil(d)), 4);  // a Thursday
}

}  // namespace
}  // namespace recoupe
