#include "ingest/dates.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include "ingest/lexicons.h"
#include "text/ascii_lanes.h"

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
  std::unique_ptr<RE2> numeric;    // 06.01.2022, 14/03/2023
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
    p.numeric = std::make_unique<RE2>("\\b(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})\\b");
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

namespace {

// The pre-filter. The patterns are run only on ranges of the text where they
// can match, found from the tokens (runs of bytes between RE2 \s characters)
// that hold a digit, since every date pattern needs one:
//  - a DD.MM.YYYY, DD/MM/YYYY or ISO date lies inside one such token, with a
//    '.', '/' or '-' between two digits;
//  - a month-name date is [weekday[,]] day month [year] or [weekday[,]] month
//    day [year]: its day token T is next to the month name's tokens, and the
//    whole match lies within (weekday + month) tokens before T and (month + 1)
//    tokens after it, counting a name's tokens; it is kept only when a month
//    name is written near T (compared code point by code point after simple
//    case folding, as RE2's case-insensitive matching does).
// Ranges start and end at token edges, so the patterns see the same word
// boundaries as on the whole text, and they are merged when they overlap or
// touch, so no match straddles two. Run in order with the consumed position
// carried over, the patterns find exactly what they find on the whole text
// (FindDatesFullScan).
struct TextRange {
  size_t begin = 0, end = 0;
};

struct DateWindows {
  std::vector<TextRange> month_names, dotted, hyphenated;
};

// RE2's \s.
bool IsPatternSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Folded (simple case folding, as RE2's case-insensitive matching) code points.
UChar32 Fold(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return static_cast<UChar32>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

uint64_t KeyOf(UChar32 a, UChar32 b, UChar32 c) {
  return (static_cast<uint64_t>(a & 0x1FFFFF) << 42) | (static_cast<uint64_t>(b & 0x1FFFFF) << 21) |
         static_cast<uint64_t>(c & 0x1FFFFF);
}

// Up to `count` folded code points from byte `i` (0 past the end, -1 for an
// ill-formed sequence); returns how many were read.
int FoldedCodePoints(std::string_view text, size_t i, int count, UChar32* out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  auto at = static_cast<int32_t>(i);
  int read = 0;
  for (; read < count && at < n; ++read) {
    UChar32 c;
    U8_NEXT(bytes, at, n, c);
    out[read] = c < 0 ? -1 : Fold(c);
  }
  for (int k = read; k < count; ++k) out[k] = 0;
  return read;
}

int TokensIn(std::string_view name) {
  int tokens = 1;
  for (size_t i = 1; i < name.size(); ++i) {
    if (IsPatternSpace(name[i]) && !IsPatternSpace(name[i - 1])) ++tokens;
  }
  return tokens;
}

// A month name of three or more code points, folded, keyed by its first three.
struct KeyedName {
  uint64_t key = 0;
  std::vector<UChar32> folded;
  bool operator<(const KeyedName& other) const { return key < other.key; }
};

struct MonthStarts {
  std::vector<KeyedName> names;      // sorted by key
  std::vector<uint64_t> short_keys;  // whole names of one or two code points, sorted
  // Names whose first two folded code points are ASCII, by those two (the
  // only names an all-ASCII start of text can match, folding ASCII to ASCII).
  std::vector<uint64_t> ascii_pairs = std::vector<uint64_t>(128 * 128 / 64);
  std::array<bool, 128> ascii_first{};       // an ASCII byte that can start a name
  std::vector<unsigned char> nonword_first;  // those that are not word bytes
  int month_tokens = 1, weekday_tokens = 1;  // most tokens a name spans
};

const MonthStarts& GetMonthStarts() {
  static const MonthStarts starts = [] {
    MonthStarts m;
    const IngestLexicons& lex = GetIngestLexicons();
    for (const auto& [name, number] : lex.months) {
      UChar32 cp[3];
      int length = FoldedCodePoints(name, 0, 3, cp);
      if (length == 0) continue;
      if (length < 3) {
        m.short_keys.push_back(KeyOf(cp[0], cp[1], cp[2]));
      } else {
        KeyedName keyed{KeyOf(cp[0], cp[1], cp[2]), {}};
        UChar32 all[64];
        int count = FoldedCodePoints(name, 0, 64, all);
        keyed.folded.assign(all, all + count);
        m.names.push_back(std::move(keyed));
      }
      if (length >= 2 && cp[0] > 0 && cp[0] < 0x80 && cp[1] > 0 && cp[1] < 0x80) {
        size_t pair = static_cast<size_t>(cp[0]) * 128 + static_cast<size_t>(cp[1]);
        m.ascii_pairs[pair / 64] |= uint64_t{1} << (pair % 64);
      }
      if (cp[0] > 0 && cp[0] < 0x80) {
        m.ascii_first[static_cast<size_t>(cp[0])] = true;
        if (cp[0] >= 'a' && cp[0] <= 'z')
          m.ascii_first[static_cast<size_t>(cp[0] - 'a' + 'A')] = true;
      }
      m.month_tokens = std::max(m.month_tokens, TokensIn(name));
    }
    for (unsigned char b = 0; b < 128; ++b)
      if (m.ascii_first[b] && !IsAsciiWordByte(b)) m.nonword_first.push_back(b);
    std::sort(m.names.begin(), m.names.end());
    std::sort(m.short_keys.begin(), m.short_keys.end());
    for (const auto& [name, number] : lex.weekdays) {
      m.weekday_tokens = std::max(m.weekday_tokens, TokensIn(name));
    }
    return m;
  }();
  return starts;
}

// Whether the whole folded name is at byte i of the text.
bool FoldedNameAt(std::string_view text, size_t i, const std::vector<UChar32>& folded) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  auto at = static_cast<int32_t>(i);
  for (UChar32 want : folded) {
    if (at >= n) return false;
    UChar32 c;
    U8_NEXT(bytes, at, n, c);
    if (c < 0 || Fold(c) != want) return false;
  }
  return true;
}

// Whether one of the month names is written (case-insensitively) at byte i.
bool IsMonthStart(std::string_view text, size_t i, const MonthStarts& m) {
  auto in = [](const std::vector<uint64_t>& keys, uint64_t key) {
    return !keys.empty() && std::binary_search(keys.begin(), keys.end(), key);
  };
  UChar32 cp[3];
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  if (i + 3 <= text.size() && bytes[i] < 0x80 && bytes[i + 1] < 0x80 && bytes[i + 2] < 0x80) {
    for (size_t k = 0; k < 3; ++k) cp[k] = Fold(bytes[i + k]);
    size_t pair = static_cast<size_t>(cp[0]) * 128 + static_cast<size_t>(cp[1]);
    if (!(m.ascii_pairs[pair / 64] >> (pair % 64) & 1)) return in(m.short_keys, KeyOf(cp[0], 0, 0));
  } else {
    FoldedCodePoints(text, i, 3, cp);
  }
  if (in(m.short_keys, KeyOf(cp[0], 0, 0)) || in(m.short_keys, KeyOf(cp[0], cp[1], 0))) return true;
  KeyedName probe{KeyOf(cp[0], cp[1], cp[2]), {}};
  auto [first, last] = std::equal_range(m.names.begin(), m.names.end(), probe);
  for (auto it = first; it != last; ++it) {
    if (FoldedNameAt(text, i, it->folded)) return true;
  }
  return false;
}

size_t TokenStart(std::string_view text, size_t i) {
  while (i > 0 && !IsPatternSpace(text[i - 1])) --i;
  return i;
}

size_t TokenEnd(std::string_view text, size_t i) {
  while (i < text.size() && !IsPatternSpace(text[i])) ++i;
  return i;
}

// The start of the token `tokens` tokens before the one starting at i.
size_t TokensBefore(std::string_view text, size_t i, int tokens) {
  for (int t = 0; t < tokens; ++t) {
    while (i > 0 && IsPatternSpace(text[i - 1])) --i;
    i = TokenStart(text, i);
  }
  return i;
}

// The end of the token `tokens` tokens after the one ending at i.
size_t TokensAfter(std::string_view text, size_t i, int tokens) {
  for (int t = 0; t < tokens; ++t) {
    while (i < text.size() && IsPatternSpace(text[i])) ++i;
    i = TokenEnd(text, i);
  }
  return i;
}

void AddRange(std::vector<TextRange>& ranges, size_t begin, size_t end) {
  if (!ranges.empty() && begin <= ranges.back().end) {
    ranges.back().end = std::max(ranges.back().end, end);
    return;
  }
  ranges.push_back({begin, end});
}

// The first digit at or after i (text.size() if none), sixteen (SSE2) or
// eight bytes at a time.
size_t NextDigit(std::string_view text, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const size_t n = text.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    unsigned digits = AsciiDigitMask16(text.data() + i);
    if (digits != 0) return i + static_cast<size_t>(std::countr_zero(digits));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    // Bytes in '0'..'9' (bit-twiddling "has between" for bytes below 0x80).
    uint64_t low7 = x & (kOnes * 0x7F);
    uint64_t between =
        (kOnes * (127 + '9' + 1) - low7) & ~x & (low7 + kOnes * (127 - ('0' - 1))) & kHigh;
    if (between != 0) break;
  }
  while (i < n && !IsDigit(text[i])) ++i;
  return i;
}

// Month-name starts in a text, found on demand for ranges that only move
// forward (each byte is examined once even when ranges overlap).
class MonthNameStarts {
 public:
  MonthNameStarts(std::string_view text, const MonthStarts& months)
      : text_(text), months_(months) {}

  bool AnyIn(size_t begin, size_t end) {
    size_t from = std::max(begin, scanned_);
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
#if defined(__SSE2__)
    // Sixteen bytes at a time, only the places the byte loop below would
    // look further at: word starts, UTF-8 lead bytes and the (rare) name
    // starts that are not word bytes.
    for (; from + 16 <= end; from += 16) {
      const char* block = text_.data() + from;
      unsigned word = AsciiAlnumMask16(block) | ByteMask16(block, '_');
      unsigned word_before = (word << 1) | (from > 0 && IsAsciiWordByte(bytes[from - 1]) ? 1u : 0u);
      unsigned places = (word & ~word_before) | Utf8LeadMask16(block);
      for (unsigned char b : months_.nonword_first) places |= ByteMask16(block, b);
      for (places &= 0xFFFFu; places != 0; places &= places - 1) {
        size_t i = from + static_cast<size_t>(std::countr_zero(places));
        if (bytes[i] < 0x80 && !months_.ascii_first[bytes[i]]) continue;
        if (IsMonthStart(text_, i, months_)) starts_.push_back(i);
      }
    }
#endif
    for (size_t i = from; i < end; ++i) {
      const unsigned char b = bytes[i];
      if (b < 0x80) {
        if (!months_.ascii_first[b]) continue;
        // A name starting with a word byte follows a non-word byte (RE2's \b and \s).
        if (IsAsciiWordByte(b) && i > 0 && IsAsciiWordByte(bytes[i - 1])) continue;
      } else if (b < 0xC0) {
        continue;  // inside a multi-byte sequence
      }
      if (IsMonthStart(text_, i, months_)) starts_.push_back(i);
    }
    scanned_ = std::max(scanned_, end);
    auto it = std::lower_bound(starts_.begin(), starts_.end(), begin);
    return it != starts_.end() && *it < end;
  }

 private:
  std::string_view text_;
  const MonthStarts& months_;
  std::vector<size_t> starts_;  // ascending
  size_t scanned_ = 0;          // every byte before this was examined
};

DateWindows FindDateWindows(std::string_view text) {
  const MonthStarts& months = GetMonthStarts();
  MonthNameStarts month_names(text, months);
  const int before = months.weekday_tokens + months.month_tokens;
  const int after = months.month_tokens + 1;
  DateWindows w;
  for (size_t d = NextDigit(text, 0); d < text.size();) {
    const size_t start = TokenStart(text, d), end = TokenEnd(text, d);
    bool dotted = false, hyphenated = false;
    for (size_t i = start + 1; i + 1 < end; ++i) {
      if (IsDigit(text[i - 1]) && IsDigit(text[i + 1])) {
        dotted |= text[i] == '.' || text[i] == '/';
        hyphenated |= text[i] == '-';
      }
    }
    if (dotted) AddRange(w.dotted, start, end);
    if (hyphenated) AddRange(w.hyphenated, start, end);
    if (month_names.AnyIn(TokensBefore(text, start, months.month_tokens),
                          TokensAfter(text, end, months.month_tokens))) {
      AddRange(w.month_names, TokensBefore(text, start, before), TokensAfter(text, end, after));
    }
    d = NextDigit(text, end);
  }
  return w;
}

// A date's parts as the patterns capture them: weekday (or empty), the two
// numbers or names, the year (or empty); numeric patterns leave the last empty.
using Groups = std::array<re2::StringPiece, 4>;

// Turns one match of a month-name pattern into a date; false if it is not one.
bool MonthDate(std::string_view text, const Groups& g, bool day_first, const IngestLexicons& lex,
               FoundDate& date) {
  const re2::StringPiece &weekday = g[0], &first = g[1], &second = g[2], &year = g[3];
  std::string_view day_text = day_first ? first : second;
  std::string_view month_text = day_first ? second : first;
  date.day = ToInt(day_text);
  date.month = Lookup(lex.months, month_text);
  date.year = year.empty() ? 0 : ToInt(year);
  date.weekday = weekday.empty() ? 0 : Lookup(lex.weekdays, weekday);
  const char* begin = weekday.empty() ? first.data() : weekday.data();
  const char* end = year.empty() ? second.data() + second.size() : year.data() + year.size();
  date.start = static_cast<size_t>(begin - text.data());
  date.end = static_cast<size_t>(end - text.data());
  if (date.month == 0 || date.day < 1 || date.day > 31) return false;
  // The month name must end at a word end ("mai" is not "mais").
  const char* after = day_first ? second.data() + second.size() : first.data() + first.size();
  if (after < text.data() + text.size() && month_text.back() != '.') {
    unsigned char c = static_cast<unsigned char>(*after);
    if (std::isalpha(c) || c >= 0x80) return false;
  }
  return date.year == 0 || IsValidDate(date.year, date.month, date.day);
}

bool NumericDate(std::string_view text, const Groups& g, bool iso, FoundDate& date) {
  const re2::StringPiece &a = g[0], &b = g[1], &c = g[2];
  date.year = ToInt(iso ? a : c);
  date.month = ToInt(b);
  date.day = ToInt(iso ? c : a);
  // Day first, as in most of the world ("14/03/2023"); month first only when
  // the second number cannot be a month ("3/14/2023", United States).
  if (!iso && date.month > 12 && date.day <= 12) std::swap(date.month, date.day);
  date.start = static_cast<size_t>(a.data() - text.data());
  date.end = static_cast<size_t>(c.data() + c.size() - text.data());
  return IsValidDate(date.year, date.month, date.day);
}

// Every match of `re` in [begin, end) of the text, as successive
// RE2::FindAndConsume calls find them: each search starts where the previous
// match ended, and that is where its text starts (for \b). `consumed` carries
// that place from one range to the next.
template <typename Visit>
void ScanRange(const RE2& re, std::string_view text, size_t begin, size_t end, int groups,
               size_t& consumed, Visit visit) {
  std::array<re2::StringPiece, 5> sub;
  size_t from = std::max(begin, consumed);
  while (from < end) {
    re2::StringPiece rest(text.data() + consumed, text.size() - consumed);
    if (!re.Match(rest, from - consumed, end - consumed, RE2::UNANCHORED, sub.data(), groups + 1))
      return;
    size_t match_end = static_cast<size_t>(sub[0].data() + sub[0].size() - text.data());
    if (match_end == consumed) return;  // the patterns never match empty text
    consumed = from = match_end;
    Groups g;
    for (int i = 0; i < 4; ++i) g[static_cast<size_t>(i)] = sub[static_cast<size_t>(i) + 1];
    visit(g);
  }
}

std::vector<FoundDate> Collect(std::string_view text, const DateWindows* windows) {
  const DatePatterns& p = Patterns();
  const IngestLexicons& lex = GetIngestLexicons();
  std::vector<FoundDate> out;
  auto scan = [&](const RE2& re, const std::vector<TextRange>* ranges, int groups, auto on_match) {
    if (!re.ok()) return;
    size_t consumed = 0;
    auto visit = [&](const Groups& g) {
      FoundDate date;
      if (on_match(g, date)) out.push_back(date);
    };
    if (ranges == nullptr) return ScanRange(re, text, 0, text.size(), groups, consumed, visit);
    for (const TextRange& r : *ranges) ScanRange(re, text, r.begin, r.end, groups, consumed, visit);
  };
  auto day_month = [&](const Groups& g, FoundDate& d) { return MonthDate(text, g, true, lex, d); };
  auto month_day = [&](const Groups& g, FoundDate& d) { return MonthDate(text, g, false, lex, d); };
  auto numeric = [&](const Groups& g, FoundDate& d) { return NumericDate(text, g, false, d); };
  auto iso = [&](const Groups& g, FoundDate& d) { return NumericDate(text, g, true, d); };
  scan(*p.day_month, windows ? &windows->month_names : nullptr, 4, day_month);
  scan(*p.month_day, windows ? &windows->month_names : nullptr, 4, month_day);
  scan(*p.numeric, windows ? &windows->dotted : nullptr, 3, numeric);
  scan(*p.iso, windows ? &windows->hyphenated : nullptr, 3, iso);
  std::sort(out.begin(), out.end(),
            [](const FoundDate& a, const FoundDate& b) { return a.start < b.start; });
  return out;
}

}  // namespace

std::vector<FoundDate> FindDates(std::string_view text) {
  DateWindows windows = FindDateWindows(text);
  return Collect(text, &windows);
}

std::vector<FoundDate> FindDatesFullScan(std::string_view text) {
  return Collect(text, nullptr);
}

}  // namespace recoupe
