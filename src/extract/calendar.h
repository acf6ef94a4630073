// Civil-calendar arithmetic for resolving time expressions: days since
// 1970-01-01 from year/month/day and back, weekdays, ISO weeks, ISO strings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);
bool IsValidDate(const CivilDate& d);
// ISO weekday, Monday = 1 ... Sunday = 7.
int Weekday(int64_t days);
// "2022-W01": the ISO week holding `days`.
std::string IsoWeek(int64_t days);
std::string IsoDate(const CivilDate& d);  // "2022-01-06"
// Parses "YYYY-MM-DD"; nullopt otherwise.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

}  // namespace recoupe
