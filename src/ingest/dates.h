// Dates written in text, in URLs and in datelines, in any language whose month
// and weekday names are in data/<lang>/months.tsv and weekdays.tsv.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

struct FoundDate {
  int year = 0;               // 0 when the text does not say
  int month = 0;              // 1-12
  int day = 0;                // 0 when the text does not say
  int weekday = 0;            // 1-7 when a weekday name stood with the date, else 0
  size_t start = 0, end = 0;  // byte range in the searched text
};

// "2022-01-06", "2022-01-06T10:00:00Z", "2022-01" -> the ISO date part; nullopt if not a date.
std::optional<std::string> NormalizeIsoDate(std::string_view s);
// /20220106/, /2022/01/06/, /2022-01-06/ in a URL path.
std::optional<std::string> DateFromUrl(std::string_view url);
// Dates written with month names or as DD.MM.YYYY, DD/MM/YYYY (MM/DD/YYYY when
// the day comes second) or ISO in running text,
// sorted by start. The patterns run only near month names, '.', '/' and '-'
// between digits (a pre-filter pass over the bytes).
std::vector<FoundDate> FindDates(std::string_view text);
// The same dates found by running the patterns over the whole text: the
// reference FindDates must agree with (slower; for tests).
std::vector<FoundDate> FindDatesFullScan(std::string_view text);
// ISO weekday (1 = Monday) of a calendar date; 0 when invalid.
int IsoWeekday(int year, int month, int day);
bool IsValidDate(int year, int month, int day);
std::string FormatIso(int year, int month, int day);  // day 0 -> "YYYY-MM"

}  // namespace recoupe
