#include "extract/calendar.h"

#include <cstdio>

namespace recoupe {
namespace {

// `n` as `width` zero-padded decimal digits at `out` (0 <= n < 10^width):
// what "%0<width>d" prints for such values, without snprintf's cost (dates
// are formatted for most time expressions).
void PutDigits(char* out, int n, int width) {
  for (int k = width - 1; k >= 0; --k, n /= 10) out[k] = static_cast<char>('0' + n % 10);
}

bool FitsDigits(int n, int width) {
  int limit = 1;
  for (int k = 0; k < width; ++k) limit *= 10;
  return n >= 0 && n < limit;
}

}  // namespace

// Proleptic Gregorian calendar; years are shifted to start in March so the
// leap day is the last day of the shifted year.
int64_t DaysFromCivil(const CivilDate& d) {
  int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t year_of_era = y - era * 400;
  int64_t shifted_month = d.month + (d.month > 2 ? -3 : 9);
  int64_t day_of_year = (153 * shifted_month + 2) / 5 + d.day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t shifted_month = (5 * day_of_year + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  d.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

bool IsValidDate(const CivilDate& d) {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  CivilDate back = CivilFromDays(DaysFromCivil(d));
  return back.year == d.year && back.month == d.month && back.day == d.day;
}

int Weekday(int64_t days) {
  int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday (3 when Monday is 0)
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

std::string IsoWeek(int64_t days) {
  int64_t thursday = days - Weekday(days) + 4;  // the week's Thursday decides its year
  CivilDate t = CivilFromDays(thursday);
  int64_t week = (thursday - DaysFromCivil({t.year, 1, 1})) / 7 + 1;
  if (FitsDigits(t.year, 4) && FitsDigits(static_cast<int>(week), 2)) {
    std::string out = "0000-W00";
    PutDigits(out.data(), t.year, 4);
    PutDigits(out.data() + 6, static_cast<int>(week), 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", t.year, static_cast<int>(week));
  return buf;
}

std::string IsoDate(const CivilDate& d) {
  if (FitsDigits(d.year, 4) && FitsDigits(d.month, 2) && FitsDigits(d.day, 2)) {
    std::string out = "0000-00-00";
    PutDigits(out.data(), d.year, 4);
    PutDigits(out.data() + 5, d.month, 2);
    PutDigits(out.data() + 8, d.day, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year < 0 || !IsValidDate(d)) return std::nullopt;
  return d;
}

}  // namespace recoupe
