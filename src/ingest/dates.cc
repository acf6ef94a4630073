#include "ingest/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>

#include "ingest/lexicons.h"

namespace recoupe {
namespace {

std::string Alternation(const std::vector<std::pair<std::string, int>>& names) {
  std::string out;
  for (const auto& [name, number] : names) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(name);
  }
  return out.empty() ? "(?!)" : out;
}

int Lookup(const std::vector<std::pair<std::string, int>>& names, std::string_view word) {
  std::string lower = LowerUtf8(word);
  for (const auto& [name, number] : names) {
    if (name == lower) return number;
  }
  return 0;
}

struct DatePatterns {
  std::unique_ptr<RE2> day_month;  // [weekday] 6 janvier [2022], 6. Januar 2022, 1er mai
  std::unique_ptr<RE2> month_day;  // [Monday,] January 6[, 2022]
  std::unique_ptr<RE2> numeric;    // 06.01.2022
  std::unique_ptr<RE2> iso;        // 2022-01-06
};

const DatePatterns& Patterns() {
  static const DatePatterns patterns = [] {
    const IngestLexicons& lex = GetIngestLexicons();
    std::string months = Alternation(lex.months);
    std::string weekdays = Alternation(lex.weekdays);
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    DatePatterns p;
    p.day_month = std::make_unique<RE2>("(?:(" + weekdays +
                                            "),?\\s+)?\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(" +
                                            months + ")(?:\\s+(\\d{4}))?",
                                        options);
    p.month_day = std::make_unique<RE2>("(?:(" + weekdays + "),?\\s+)?\\b(" + months +
                                            ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?",
                                        options);
    p.numeric = std::make_unique<RE2>("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})\\b");
    p.iso = std::make_unique<RE2>("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    return p;
  }();
  return patterns;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
    if (v > 100000) return 0;
  }
  return v;
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

int IsoWeekday(int year, int month, int day) {
  if (!IsValidDate(year, month, day)) return 0;
  // Sakamoto's method: 0 = Sunday.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = month < 3 ? year - 1 : year;
  int w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7;
  return w == 0 ? 7 : w;
}

std::string FormatIso(int year, int month, int day) {
  char buffer[16];
  if (day > 0) {
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d", year, month);
  }
  return buffer;
}

std::optional<std::string> NormalizeIsoDate(std::string_view s) {
  static const RE2 full("\\s*((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?\\s*");
  std::string y, m, d;
  if (!RE2::FullMatch(s, full, &y, &m, &d)) return std::nullopt;
  int year = ToInt(y), month = ToInt(m), day = d.empty() ? 0 : ToInt(d);
  if (day == 0) {
    if (month < 1 || month > 12) return std::nullopt;
    return FormatIso(year, month, 0);
  }
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return FormatIso(year, month, day);
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  static const RE2 compact("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|[-_]|$)");
  static const RE2 split("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_.]|$)");
  std::string y, m, d;
  if (RE2::PartialMatch(url, split, &y, &m, &d) || RE2::PartialMatch(url, compact, &y, &m, &d)) {
    int year = ToInt(y), month = ToInt(m), day = ToInt(d);
    if (IsValidDate(year, month, day)) return FormatIso(year, month, day);
  }
  return std::nullopt;
}

std::vector<FoundDate> FindDates(std::string_view text) {
  const DatePatterns& p = Patterns();
  const IngestLexicons& lex = GetIngestLexicons();
  std::vector<FoundDate> out;
  auto scan = [&](const RE2& re, bool day_first) {
    if (!re.ok()) return;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece weekday, first, second, year;
    while (RE2::FindAndConsume(&input, re, &weekday, &first, &second, &year)) {
      FoundDate date;
      std::string_view day_text = day_first ? first : second;
      std::string_view month_text = day_first ? second : first;
      date.day = ToInt(day_text);
      date.month = Lookup(lex.months, month_text);
      date.year = year.empty() ? 0 : ToInt(year);
      date.weekday = weekday.empty() ? 0 : Lookup(lex.weekdays, weekday);
      const char* begin = weekday.empty() ? first.data() : weekday.data();
      const char* end =
          year.empty() ? (day_first ? second.data() + second.size() : second.data() + second.size())
                       : year.data() + year.size();
      date.start = static_cast<size_t>(begin - text.data());
      date.end = static_cast<size_t>(end - text.data());
      if (date.month == 0 || date.day < 1 || date.day > 31) continue;
      // The month name must end at a word end ("mai" is not "mais").
      const char* after = day_first ? second.data() + second.size() : first.data() + first.size();
      if (after < text.data() + text.size() && month_text.back() != '.') {
        unsigned char c = static_cast<unsigned char>(*after);
        if (std::isalpha(c) || c >= 0x80) continue;
      }
      if (date.year != 0 && !IsValidDate(date.year, date.month, date.day)) continue;
      out.push_back(date);
    }
  };
  scan(*p.day_month, true);
  scan(*p.month_day, false);
  auto scan_numeric = [&](const RE2& re, bool iso) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece a, b, c;
    while (RE2::FindAndConsume(&input, re, &a, &b, &c)) {
      FoundDate date;
      date.year = ToInt(iso ? a : c);
      date.month = ToInt(b);
      date.day = ToInt(iso ? c : a);
      date.start = static_cast<size_t>(a.data() - text.data());
      date.end = static_cast<size_t>(c.data() + c.size() - text.data());
      if (IsValidDate(date.year, date.month, date.day)) out.push_back(date);
    }
  };
  scan_numeric(*p.numeric, false);
  scan_numeric(*p.iso, true);
  std::sort(out.begin(), out.end(),
            [](const FoundDate& a, const FoundDate& b) { return a.start < b.start; });
  return out;
}

}  // namespace recoupe
