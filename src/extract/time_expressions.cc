// Time expressions, read left to right over a word scan of the text:
//   digit dates          "06.01.2022", "2022-01-06", "06/01/2022"
//   day month [year]     "10 janvier 2022", "le 6 janvier", "1er janvier",
//                        "January 10, 2022" (optionally led by a weekday)
//   month year           "mars 2021"; bare years and months after a
//                        preposition ("en 1991", "since May")
//   weekdays             "dimanche", "mercredi dernier", "next Monday"
//   relative phrases     "hier", "la semaine dernière", "cette année"
//   holidays             "le jour de l'an", "Christmas"
// Partial dates and holidays take the year that puts them nearest to the
// publication date. A bare weekday is the most recent such day on or before
// publication, unless the nearest tense word of its sentence is a future one
// ("doit présenter ... mardi"), or a modifier says "next"/"last". An
// expression governed by a "since" word a few words before it ("depuis
// lundi", "since the protests began on Monday") is marked opens_interval.
#include "extract/time_expressions.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "core/data_files.h"
#include "extract/calendar.h"
#include "extract/phrase_table.h"
#include "extract/scanned_text.h"
#include "text/word_scan.h"

namespace recoupe {
namespace {

enum class TimeKind : uint8_t {
  kMonth,
  kWeekday,
  kDayOffset,
  kWeekOffset,
  kMonthOffset,
  kYearOffset,
  kHoliday,
  kPastMod,
  kNextMod,
  kThisMod,
  kPastTense,
  kFutureTense,
  kYearPrep,
  kOrdinal,
  kSince,
  kClauseBreak,
};

struct TimeWord {
  TimeKind kind;
  int value = 0;  // month, weekday or offset
  int holiday_month = 0, holiday_day = 0;
};

using TimeWords = std::vector<TimeWord>;

TimeKind ParseTimeKind(const std::string& name, const std::string& path) {
  static const std::pair<const char*, TimeKind> kNames[] = {
      {"month", TimeKind::kMonth},
      {"weekday", TimeKind::kWeekday},
      {"day_offset", TimeKind::kDayOffset},
      {"week_offset", TimeKind::kWeekOffset},
      {"month_offset", TimeKind::kMonthOffset},
      {"year_offset", TimeKind::kYearOffset},
      {"holiday", TimeKind::kHoliday},
      {"past_mod", TimeKind::kPastMod},
      {"next_mod", TimeKind::kNextMod},
      {"this_mod", TimeKind::kThisMod},
      {"past_tense", TimeKind::kPastTense},
      {"future_tense", TimeKind::kFutureTense},
      {"year_prep", TimeKind::kYearPrep},
      {"ordinal", TimeKind::kOrdinal},
      {"since", TimeKind::kSince},
      {"clause_break", TimeKind::kClauseBreak}};
  for (const auto& [n, k] : kNames)
    if (name == n) return k;
  throw std::runtime_error(path + ": unknown time word kind '" + name + "'");
}

const TimeWord* Has(const PhraseTable<TimeWords>::Match& m, TimeKind kind) {
  if (!m) return nullptr;
  for (const TimeWord& w : *m.payload)
    if (w.kind == kind) return &w;
  return nullptr;
}

enum class Tense { kUnknown, kPast, kFuture };

// What one expression resolves to before it is written out.
struct Resolved {
  std::optional<std::string> value;
  int64_t first_day = 0, last_day = 0;  // covered days, for the relation
};

Resolved Day(int64_t days) {
  return {IsoDate(CivilFromDays(days)), days, days};
}

Resolved Month(int year, int month) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  int64_t first = DaysFromCivil({year, month, 1});
  int64_t last = DaysFromCivil({month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1}) - 1;
  return {std::string(buf), first, last};
}

Resolved Year(int year) {
  return {std::to_string(year), DaysFromCivil({year, 1, 1}), DaysFromCivil({year, 12, 31})};
}

// The year (around the reference's) that puts month/day nearest to it.
int NearestYear(int64_t reference, int month, int day) {
  int ref_year = CivilFromDays(reference).year;
  int best = ref_year;
  int64_t best_gap = INT64_MAX;
  for (int y = ref_year - 1; y <= ref_year + 1; ++y) {
    CivilDate d{y, month, day};
    if (!IsValidDate(d)) continue;
    int64_t gap = std::llabs(DaysFromCivil(d) - reference);
    if (gap < best_gap) best_gap = gap, best = y;
  }
  return best;
}

bool SmallInt(const ScanToken& t, int lo, int hi) {
  return t.kind == ScanKind::kNumber && !t.grouped && t.value == static_cast<int>(t.value) &&
         t.value >= lo && t.value <= hi && t.norm.find_first_of(".,") == std::string::npos;
}

}  // namespace

struct TimeExtractor::Impl {
  std::map<std::string, PhraseTable<TimeWords>> by_language;
  PhraseTable<TimeWords> any;

  const PhraseTable<TimeWords>& For(const std::optional<std::string>& language) const {
    if (language) {
      auto it = by_language.find(*language);
      if (it != by_language.end()) return it->second;
    }
    return any;
  }
};

namespace {

void LoadTimeWords(const std::string& path, std::map<std::string, TimeWords>* out) {
  for (const auto& row : ReadTsv(path)) {
    if (row.size() < 2) throw std::runtime_error(path + ": expected at least 2 fields");
    TimeWord w{ParseTimeKind(row[1], path)};
    std::string value = row.size() > 2 ? row[2] : "";
    if (w.kind == TimeKind::kHoliday) {
      if (value.size() != 5 || value[2] != '-')
        throw std::runtime_error(path + ": holiday wants MM-DD");
      w.holiday_month = std::stoi(value.substr(0, 2));
      w.holiday_day = std::stoi(value.substr(3, 2));
    } else if (!value.empty()) {
      w.value = std::stoi(value);
    }
    (*out)[row[0]].push_back(w);
  }
}

class Resolver {
 public:
  Resolver(const std::string& text, const ScannedText& scan, const PhraseTable<TimeWords>& words,
           std::optional<int64_t> reference, bool month_first)
      : text_(text),
        scan_(scan),
        tokens_(scan.tokens),
        words_(words),
        reference_(reference),
        month_first_(month_first) {}

  std::vector<TimeExpression> Run(const TextLayout& layout);

 private:
  // The longest time phrase at token `i` of the current sentence, looked up
  // once per token (tense and modifier searches revisit the same tokens).
  PhraseTable<TimeWords>::Match At(uint32_t i) const { return at_[i - begin_]; }
  Tense TenseNear(uint32_t first, uint32_t last) const;
  // Each returns the index past the expression, or `i` when none starts at i.
  uint32_t DayMonth(uint32_t i, uint32_t lead, Resolved* out) const;
  uint32_t MonthDay(uint32_t i, uint32_t lead, Resolved* out) const;
  uint32_t DigitDate(uint32_t i, Resolved* out) const;
  std::optional<int> YearAt(uint32_t i) const;
  // Whether a "since" word governs the expression starting at token `i`.
  bool OpensInterval(uint32_t i) const;

  const std::string& text_;
  const ScannedText& scan_;
  const std::vector<ScanToken>& tokens_;
  const PhraseTable<TimeWords>& words_;
  std::optional<int64_t> reference_;
  bool month_first_;
  uint32_t begin_ = 0, end_ = 0;                   // current sentence, token indices
  std::vector<PhraseTable<TimeWords>::Match> at_;  // for tokens [begin_, end_)
};

Tense Resolver::TenseNear(uint32_t first, uint32_t last) const {
  Tense best = Tense::kUnknown;
  uint32_t best_gap = UINT32_MAX;
  for (uint32_t t = begin_; t < end_; ++t) {
    if (t >= first && t < last) continue;
    auto m = At(t);
    Tense tense = Has(m, TimeKind::kFutureTense) ? Tense::kFuture
                  : Has(m, TimeKind::kPastTense) ? Tense::kPast
                                                 : Tense::kUnknown;
    if (tense == Tense::kUnknown) continue;
    uint32_t gap = t < first ? first - t : t - last;
    if (gap < best_gap) best_gap = gap, best = tense;
  }
  return best;
}

bool Resolver::OpensInterval(uint32_t i) const {
  // "depuis lundi", "depuis le début des manifestations lundi", "since the
  // protests began on Monday": the since word opens the phrase a few words
  // back. Punctuation, a number or a clause break ("et", "and") between
  // them ends the since phrase ("since the coup and said on Monday").
  constexpr uint32_t kMaxWordsBetween = 6;
  for (uint32_t t = i; t > begin_ && i - t <= kMaxWordsBetween; --t) {
    const ScanToken& tok = tokens_[t - 1];
    if (tok.kind != ScanKind::kWord) return false;
    auto word = words_.Longest(tokens_, t - 1, t);
    if (Has(word, TimeKind::kSince)) return true;
    if (Has(word, TimeKind::kClauseBreak)) return false;
  }
  return false;
}

std::optional<int> Resolver::YearAt(uint32_t i) const {
  if (i < end_ && SmallInt(tokens_[i], 1000, 2199) && tokens_[i].int_digits == 4) {
    return static_cast<int>(tokens_[i].value);
  }
  return std::nullopt;
}

uint32_t Resolver::DayMonth(uint32_t i, uint32_t, Resolved* out) const {
  if (!SmallInt(tokens_[i], 1, 31)) return i;
  uint32_t j = i + 1;
  if (j < end_ && !tokens_[j].space_before && Has(At(j), TimeKind::kOrdinal)) ++j;
  const TimeWord* month = j < end_ ? Has(At(j), TimeKind::kMonth) : nullptr;
  if (!month) return i;
  uint32_t len = At(j).length;
  j += len;
  int day = static_cast<int>(tokens_[i].value);
  std::optional<int> year = YearAt(j);
  if (year) ++j;
  if (!year && reference_) year = NearestYear(*reference_, month->value, day);
  CivilDate d{year.value_or(2000), month->value, day};
  if (!IsValidDate(d)) return i;
  *out = year ? Day(DaysFromCivil(d)) : Resolved{};
  return j;
}

uint32_t Resolver::MonthDay(uint32_t i, uint32_t, Resolved* out) const {
  auto m = At(i);
  const TimeWord* month = Has(m, TimeKind::kMonth);
  if (!month) return i;
  uint32_t j = i + m.length;
  if (j < end_ && SmallInt(tokens_[j], 1, 31)) {
    int day = static_cast<int>(tokens_[j].value);
    ++j;
    if (j < end_ && !tokens_[j].space_before && Has(At(j), TimeKind::kOrdinal)) ++j;
    uint32_t k = j;
    if (k < end_ && tokens_[k].norm == ",") ++k;
    std::optional<int> year = YearAt(k);
    if (year) j = k + 1;
    if (!year && reference_) year = NearestYear(*reference_, month->value, day);
    CivilDate d{year.value_or(2000), month->value, day};
    if (!IsValidDate(d)) return i;
    *out = year ? Day(DaysFromCivil(d)) : Resolved{};
    return j;
  }
  if (std::optional<int> year = YearAt(j)) {
    *out = Month(*year, month->value);
    return j + 1;
  }
  // A bare month after a preposition ("since May", "depuis mars", "en
  // décembre"): the one nearest to the publication. Without the preposition
  // a month word alone is too often something else ("may", "Mars").
  if (i > begin_ && Has(At(i - 1), TimeKind::kYearPrep)) {
    if (reference_) {
      constexpr int kMidMonth = 15;
      *out = Month(NearestYear(*reference_, month->value, kMidMonth), month->value);
    }
    return j;
  }
  return i;
}

uint32_t Resolver::DigitDate(uint32_t i, Resolved* out) const {
  const std::string& s = tokens_[i].norm;
  int parts[3] = {0, 0, 0};
  size_t lens[3] = {0, 0, 0};
  int p = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      parts[p] = parts[p] * 10 + (c - '0');
      ++lens[p];
    } else if (++p > 2) {
      return i;
    }
  }
  if (p != 2) return i;  // a clock time
  CivilDate d;
  if (lens[0] == 4) {
    d = {parts[0], parts[1], parts[2]};
  } else {
    int year = lens[2] == 2 ? 2000 + parts[2] : parts[2];
    bool month_first = month_first_ && s.find('/') != std::string::npos && parts[0] <= 12;
    d = month_first ? CivilDate{year, parts[0], parts[1]} : CivilDate{year, parts[1], parts[0]};
  }
  if (!IsValidDate(d)) return i;
  *out = Day(DaysFromCivil(d));
  return i + 1;
}

std::vector<TimeExpression> Resolver::Run(const TextLayout& layout) {
  std::vector<TimeExpression> out;
  uint32_t own_index = 0;
  for (size_t k = 0; k < scan_.sentence_begin.size(); ++k) {
    begin_ = scan_.sentence_begin[k];
    end_ = scan_.sentence_end[k];
    at_.clear();
    for (uint32_t i = begin_; i < end_; ++i) at_.push_back(words_.Longest(tokens_, i, end_));
    for (uint32_t i = begin_; i < end_;) {
      Resolved r;
      uint32_t next = i;
      const ScanToken& tok = tokens_[i];
      auto m = At(i);
      if (tok.kind == ScanKind::kDigitDate) {
        next = DigitDate(i, &r);
      } else if (tok.kind == ScanKind::kNumber) {
        next = DayMonth(i, i, &r);
        if (next == i && i > begin_ && Has(At(i - 1), TimeKind::kYearPrep)) {
          if (std::optional<int> year = YearAt(i)) r = Year(*year), next = i + 1;
        }
      } else if (const TimeWord* weekday = Has(m, TimeKind::kWeekday)) {
        uint32_t j = i + m.length;
        uint32_t after = j < end_ ? DayMonth(j, i, &r) : j;
        if (after > j) {
          next = after;  // "lundi 10 janvier": the date decides
        } else {
          int direction = 0;  // -1 last, +1 next, 0 by tense
          uint32_t first = i;
          if (i > begin_) {
            auto before = words_.EndingAt(tokens_, i, begin_);
            if (Has(before, TimeKind::kPastMod))
              direction = -1, first = i - before.length;
            else if (Has(before, TimeKind::kNextMod))
              direction = 1, first = i - before.length;
            else if (Has(before, TimeKind::kThisMod))
              first = i - before.length;
          }
          if (j < end_) {
            auto mod = At(j);
            if (Has(mod, TimeKind::kPastMod))
              direction = -1, j += mod.length;
            else if (Has(mod, TimeKind::kNextMod))
              direction = 1, j += mod.length;
          }
          if (reference_) {
            int64_t ref = *reference_;
            int delta = weekday->value - Weekday(ref);  // -6..6
            Tense tense = direction ? Tense::kUnknown : TenseNear(first, j);
            int64_t day;
            if (direction < 0)
              day = ref + (delta < 0 ? delta : delta - 7);
            else if (direction > 0)
              day = ref + (delta > 0 ? delta : delta + 7);
            else if (tense == Tense::kFuture)
              day = ref + (delta >= 0 ? delta : delta + 7);
            else
              day = ref + (delta <= 0 ? delta : delta - 7);
            r = Day(day);
          }
          i = first;
          next = j;
        }
      } else if (m) {
        const TimeWord* w = nullptr;
        if ((w = Has(m, TimeKind::kMonth))) {
          next = MonthDay(i, i, &r);
        } else if (!reference_ && (Has(m, TimeKind::kDayOffset) || Has(m, TimeKind::kWeekOffset) ||
                                   Has(m, TimeKind::kMonthOffset) ||
                                   Has(m, TimeKind::kYearOffset) || Has(m, TimeKind::kHoliday))) {
          next = i + m.length;  // kept, unresolved
        } else if ((w = Has(m, TimeKind::kDayOffset))) {
          r = Day(*reference_ + w->value), next = i + m.length;
        } else if ((w = Has(m, TimeKind::kWeekOffset))) {
          int64_t day = *reference_ + 7 * w->value;
          int64_t monday = day - Weekday(day) + 1;
          r = {IsoWeek(day), monday, monday + 6};
          next = i + m.length;
        } else if ((w = Has(m, TimeKind::kMonthOffset))) {
          CivilDate ref = CivilFromDays(*reference_);
          int index = ref.year * 12 + (ref.month - 1) + w->value;
          r = Month(index / 12, index % 12 + 1), next = i + m.length;
        } else if ((w = Has(m, TimeKind::kYearOffset))) {
          r = Year(CivilFromDays(*reference_).year + w->value), next = i + m.length;
        } else if ((w = Has(m, TimeKind::kHoliday))) {
          int year = NearestYear(*reference_, w->holiday_month, w->holiday_day);
          r = Day(DaysFromCivil({year, w->holiday_month, w->holiday_day}));
          next = i + m.length;
        }
      }
      if (next == i) {
        ++i;
        continue;
      }
      TimeExpression e;
      e.span = {tokens_[i].span.start, tokens_[next - 1].span.end};
      e.text = text_.substr(e.span.start, e.span.size());
      e.value = r.value;
      if (r.value && reference_) {
        e.relation = r.last_day < *reference_    ? TimeRelation::kBefore
                     : r.first_day > *reference_ ? TimeRelation::kAfter
                                                 : TimeRelation::kSame;
      }
      e.sentence = own_index;
      e.opens_interval = OpensInterval(i);
      if (!layout.sentences.empty()) {
        auto it =
            std::upper_bound(layout.sentences.begin(), layout.sentences.end(), e.span.start,
                             [](uint32_t pos, const Sentence& s) { return pos < s.span.start; });
        e.sentence = it == layout.sentences.begin()
                         ? 0
                         : static_cast<uint32_t>(it - layout.sentences.begin() - 1);
      }
      out.push_back(std::move(e));
      i = next;
    }
    ++own_index;
  }
  return out;
}

}  // namespace

TimeExtractor::TimeExtractor() : impl_(std::make_unique<Impl>()) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::map<std::string, TimeWords> all;
  for (const auto& dir : fs::directory_iterator(DataPath(""), ec)) {
    fs::path path = dir.path() / "time_words.tsv";
    if (!dir.is_directory() || !fs::exists(path)) continue;
    std::map<std::string, TimeWords> words;
    LoadTimeWords(path.string(), &words);
    auto& table = impl_->by_language[dir.path().filename().string()];
    for (auto& [phrase, list] : words) {
      table.Add(phrase, list);
      auto& merged = all[phrase];
      merged.insert(merged.end(), list.begin(), list.end());
    }
  }
  if (impl_->by_language.empty())
    throw std::runtime_error("no time_words.tsv under " + DataPath(""));
  for (auto& [phrase, list] : all) impl_->any.Add(phrase, list);
}

TimeExtractor::~TimeExtractor() = default;
TimeExtractor::TimeExtractor(TimeExtractor&&) noexcept = default;
TimeExtractor& TimeExtractor::operator=(TimeExtractor&&) noexcept = default;

std::vector<TimeExpression> TimeExtractor::Extract(
    const Document& doc, const TextLayout& layout,
    const std::optional<std::string>& reference) const {
  if (!doc.ok() || doc.text.empty()) return {};
  return Extract(doc, layout, reference, ScannedText::Of(doc.text));
}

std::vector<TimeExpression> TimeExtractor::Extract(const Document& doc, const TextLayout& layout,
                                                   const std::optional<std::string>& reference,
                                                   const ScannedText& scan) const {
  if (!doc.ok() || doc.text.empty()) return {};
  std::optional<int64_t> ref_days;
  if (reference) {
    if (auto d = ParseIsoDate(*reference)) ref_days = DaysFromCivil(*d);
  }
  bool month_first = doc.language && *doc.language == "en";
  Resolver resolver(doc.text, scan, impl_->For(doc.language), ref_days, month_first);
  return resolver.Run(layout);
}

}  // namespace recoupe
